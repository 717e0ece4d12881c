export declare const METHODS: {
    /** client -> server notification: check this Markdown document as a plan. */
    readonly optIn: "groupplan/optIn";
    /** client -> server request: the dynamics of mutual aid and where a plan addresses them. */
    readonly dynamics: "groupplan/dynamics";
    /** server -> client notification after each check: counts of findings. */
    readonly status: "groupplan/status";
    /** client -> server request: the configuration in effect for a document. */
    readonly effectiveConfig: "groupplan/effectiveConfig";
    /** server command (workspace/executeCommand): apply every whole fix in a document. */
    readonly fixAllCommand: "groupplan.server.fixAll";
    /** client command the server's snippet quick fixes run (the client inserts the snippet). */
    readonly insertSnippetCommand: "groupplan.insertSnippet";
};
export interface LspPosition {
    line: number;
    character: number;
}
export interface LspRange {
    start: LspPosition;
    end: LspPosition;
}
/** `groupplan/optIn` parameters. */
export interface OptInParams {
    uri: string;
}
/** `groupplan/status`: a document's findings by severity (info and hints together). */
export interface PlanStatus {
    uri: string;
    isPlan: boolean;
    errors: number;
    warnings: number;
    infos: number;
}
/** One dynamic in the answer to `groupplan/dynamics`. */
export interface DynamicCoverage {
    id: string;
    name: string;
    summary: string;
    skills: string[];
    addressed: boolean;
    ranges: LspRange[];
}
/** `groupplan/dynamics` parameters and answer. */
export interface DynamicsParams {
    uri: string;
}
export interface DynamicsResult {
    isPlan: boolean;
    dynamics: DynamicCoverage[];
}
/** Argument of the client command the server's snippet quick fixes run. */
export interface InsertSnippetArgs {
    uri: string;
    range: LspRange;
    snippet: string;
}
