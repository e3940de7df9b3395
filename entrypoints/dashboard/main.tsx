import { render } from 'preact';
import { DashboardApp } from './DashboardApp';

render(<DashboardApp />, document.getElementById('app')!);
