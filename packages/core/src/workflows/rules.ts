// The rules live with the other shared facts (`@molecule/deploy-core/constants`), so `--help`
// can print their reasons without loading the linter or its YAML parser.
export { LINT_RULES } from '../constants';
