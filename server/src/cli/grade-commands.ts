// The grader's commands (`grade`, `classroom`), built as a bundle of their own (dist/cli-grade.js) that
// the command loads only when one of them runs: `lint` then starts without the Word, web-page and
// archive readers.
export { runGrade } from './grade';
export { runClassroom } from './classroom';
