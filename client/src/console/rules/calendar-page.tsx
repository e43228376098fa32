import { Alert, Button, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { execute } from '../../lib/graphql';
import { useMe } from '../use-console';
import { SET_WORK_CALENDAR, WORK_CALENDAR } from './api';

interface CalendarDay {
  day: string;
  working: boolean;
  name: string;
}
const EMPTY_ENTRY: CalendarDay = { day: '', working: false, name: '' };
const byDay = (a: CalendarDay, b: CalendarDay) => a.day.localeCompare(b.day);

/**
 * The holidays and make-up working days deadlines follow. Everyone reads it; operators enter next year's from the
 * State Council's notice (each November) and save the whole year at once.
 */
export function CalendarPage() {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const isOperator = (me.data?.roles ?? []).some((grant) => grant.role === 'SYSTEM_ADMIN');
  const thisYear = Number(new Date().toLocaleString('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }));
  const [year, setYear] = useState(thisYear);
  const [draft, setDraft] = useState<CalendarDay[] | null>(null);
  const [entry, setEntry] = useState<CalendarDay>(EMPTY_ENTRY);
  const [error, setError] = useState<string | null>(null);
  const calendar = useQuery({
    queryKey: ['workCalendar', year],
    queryFn: () => execute(WORK_CALENDAR, { year }).then((data) => data.workCalendar),
  });
  const rows = draft ?? calendar.data ?? [];

  const add = () => {
    setDraft((current) => [...(current ?? []).filter((row) => row.day !== entry.day), { ...entry, name: entry.name.trim() }].sort(byDay));
    setEntry(EMPTY_ENTRY);
  };
  const save = async () => {
    setError(null);
    try {
      await execute(SET_WORK_CALENDAR, { input: { year, days: draft ?? [] } });
      setDraft(null);
      await queryClient.invalidateQueries({ queryKey: ['workCalendar', year] });
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };

  return (
    <>
      <Select
        aria-label={t('console.calendar.year')}
        value={year}
        disabled={draft !== null}
        style={{ width: 110, marginBottom: 12 }}
        options={[thisYear - 1, thisYear, thisYear + 1].map((value) => ({ value, label: String(value) }))}
        onChange={setYear}
      />
      <Typography.Paragraph type="secondary">{t('console.calendar.explain')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Table<CalendarDay>
        rowKey="day"
        size="small"
        pagination={false}
        loading={calendar.isLoading}
        dataSource={rows}
        locale={{ emptyText: t('console.calendar.none', { year }) }}
        columns={[
          { title: t('console.calendar.day'), dataIndex: 'day' },
          {
            title: t('console.calendar.weekday'),
            render: (_, row) => t(`console.calendar.weekdays.${new Date(`${row.day}T00:00:00Z`).getUTCDay()}`),
          },
          {
            title: t('console.calendar.kind'),
            render: (_, row) =>
              row.working ? (
                <Tag color="blue">{t('console.calendar.working')}</Tag>
              ) : (
                <Tag color="red">{t('console.calendar.holiday')}</Tag>
              ),
          },
          { title: t('console.calendar.name'), dataIndex: 'name' },
          ...(draft
            ? [
                {
                  title: '',
                  key: 'remove',
                  render: (_: unknown, row: CalendarDay) => (
                    <Button
                      size="small"
                      aria-label={t('console.calendar.removeDay', { day: row.day })}
                      onClick={() => setDraft((current) => (current ?? []).filter((item) => item.day !== row.day))}
                    >
                      {t('console.calendar.remove')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {isOperator && !draft && (
        <Button style={{ marginTop: 12 }} onClick={() => setDraft([...(calendar.data ?? [])])}>
          {t('console.calendar.edit')}
        </Button>
      )}
      {draft && (
        <Space wrap style={{ marginTop: 12 }}>
          <Input
            type="date"
            aria-label={t('console.calendar.day')}
            value={entry.day}
            min={`${year}-01-01`}
            max={`${year}-12-31`}
            onChange={(event) => setEntry({ ...entry, day: event.target.value })}
          />
          <Select
            aria-label={t('console.calendar.kind')}
            style={{ width: 130 }}
            value={entry.working}
            options={[
              { value: false, label: t('console.calendar.holiday') },
              { value: true, label: t('console.calendar.working') },
            ]}
            onChange={(working) => setEntry({ ...entry, working })}
          />
          <Input
            aria-label={t('console.calendar.name')}
            placeholder={t('console.calendar.name')}
            value={entry.name}
            maxLength={50}
            onChange={(event) => setEntry({ ...entry, name: event.target.value })}
          />
          <Button onClick={add} disabled={!entry.day.startsWith(`${year}-`) || !entry.name.trim()}>
            {t('console.calendar.add')}
          </Button>
          <Button type="primary" onClick={() => void save()}>
            {t('console.calendar.save')}
          </Button>
          <Button
            onClick={() => {
              setDraft(null);
              setError(null);
            }}
          >
            {t('console.calendar.cancel')}
          </Button>
        </Space>
      )}
    </>
  );
}
