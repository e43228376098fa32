import { Tabs } from 'antd';
import { navigate } from '../lib/router';

/** The pages of one console section as tabs; switching keeps the unit shown (`?unit=`). */
export function SectionTabs({ active, tabs }: { active: string; tabs: { key: string; path: string; label: string }[] }) {
  return (
    <Tabs
      className="no-print"
      activeKey={active}
      onChange={(key) => navigate(`${tabs.find((tab) => tab.key === key)!.path}${location.search}`)}
      items={tabs.map((tab) => ({ key: tab.key, label: tab.label }))}
    />
  );
}
