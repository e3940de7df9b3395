// The demo forum's generic pages' selectors, shared by the unit and end-to-end suites, are the ones the demo ships.
export { GOV_SELECTORS, NEWS_SELECTORS } from '../utils/sites/local-demo';
