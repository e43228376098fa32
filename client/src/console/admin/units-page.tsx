import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Empty,
  Form,
  Input,
  Modal,
  Popconfirm,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Tree,
  Typography,
} from 'antd';
import type { TreeDataNode } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { levelRank, ROLES, UNIT_LEVELS, type Role, type UnitLevel } from '@bangfu/shared/enums';
import { updateSearch, useSearch } from '../../lib/router';
import { execute } from '../../lib/graphql';
import { useMe } from '../use-console';
import {
  ADMIN_UNIT,
  APPROVE_ROLE,
  CLOSE_UNIT,
  CREATE_ACCOUNT,
  CREATE_UNIT,
  GRANT_ROLE,
  MOVE_UNIT,
  RESET_PASSWORD,
  REFUSE_ROLE,
  REVOKE_ROLE,
  SET_ACCOUNT_ACTIVE,
  UNIT_CHILDREN,
  UNIT_SEARCH,
  UPDATE_UNIT,
} from './api';

type Dialog = 'unit' | 'edit' | 'move' | 'close' | 'account' | 'reset' | 'refuse' | null;
type UnitNode = TreeDataNode & { key: string; isLeaf?: boolean };
const STAFF_ROLES = ROLES.filter((role) => role !== 'WORKER');

/** The operator's view (SYSTEM_ADMIN): the unit tree, one unit's details and accounts, and the changes to them. */
export function UnitsPage() {
  const { t } = useTranslation();
  const search = useSearch();
  const me = useMe();
  const queryClient = useQueryClient();
  const roots = (me.data?.roles ?? []).filter((grant) => grant.role === 'SYSTEM_ADMIN').map((grant) => grant.unit);
  const selected = search.get('node') ?? roots[0]?.id ?? null;
  const [tree, setTree] = useState<UnitNode[]>([]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [account, setAccount] = useState<{ id: string; name: string } | null>(null);
  const [refusing, setRefusing] = useState<string | null>(null);
  const refuse = (requestId: string) => {
    setRefusing(requestId);
    setDialog('refuse');
  };
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm();
  const [term, setTerm] = useState('');
  const candidates = useQuery({
    queryKey: ['unitSearch', term],
    queryFn: () => execute(UNIT_SEARCH, { search: term || null }).then((data) => data.units.edges.map((edge) => edge.node)),
    enabled: dialog === 'move',
  });
  const unit = useQuery({
    queryKey: ['adminUnit', selected],
    queryFn: () => execute(ADMIN_UNIT, { id: selected! }),
    enabled: Boolean(selected),
  });
  const rootKey = roots.map((root) => root.id).join(',');

  const toNode = (row: { id: string; name: string; level: UnitLevel; activeFlag: boolean }): UnitNode => ({
    key: row.id,
    isLeaf: row.level === 'ENTERPRISE',
    title: (
      <span>
        {row.name} <span className="muted">· {t(`levels.${row.level}`)}</span>
        {row.activeFlag ? null : <Tag style={{ marginLeft: 6 }}>{t('console.admin.closed')}</Tag>}
      </span>
    ),
  });
  // the tree restarts from the operator's units whenever they change (another sign-in), not on each render
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => setTree(roots.map((root) => toNode({ ...root, activeFlag: true }))), [rootKey]);

  const loadChildren = async (node: UnitNode) => {
    const { units } = await execute(UNIT_CHILDREN, { parentId: node.key });
    const children = units.edges.map((edge) => toNode(edge.node));
    const attach = (nodes: UnitNode[]): UnitNode[] =>
      nodes.map((item) =>
        item.key === node.key
          ? { ...item, children }
          : { ...item, children: item.children ? attach(item.children as UnitNode[]) : undefined },
      );
    setTree((current) => attach(current));
  };

  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      setDialog(null);
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: ['adminUnit'] });
      setTree(roots.map((root) => toNode({ ...root, activeFlag: true })));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };
  const current = unit.data?.unit;
  const childLevels = current ? UNIT_LEVELS.filter((level) => levelRank(level) > levelRank(current.level)) : [];
  const siblings = (current?.parent?.children ?? []).filter((sibling) => sibling.id !== current?.id && sibling.activeFlag);
  const submit = async () => {
    const values = await form.validateFields();
    if (!current) return;
    if (dialog === 'unit') {
      await run(() =>
        execute(CREATE_UNIT, {
          input: {
            parentId: current.id,
            code: values.code.trim(),
            name: values.name.trim(),
            level: values.level,
            address: values.address || null,
            hotline: values.hotline || null,
            streetFacing: Boolean(values.streetFacing),
          },
        }),
      );
    } else if (dialog === 'edit') {
      await run(() =>
        execute(UPDATE_UNIT, {
          id: current.id,
          input: {
            name: values.name.trim(),
            address: values.address || null,
            hotline: values.hotline || null,
            streetFacing: Boolean(values.streetFacing),
            // only stations choose; district and higher centres always hold one
            ...(current.level === 'STREET' || current.level === 'ENTERPRISE' ? { holdsFund: Boolean(values.holdsFund) } : {}),
          },
        }),
      );
    } else if (dialog === 'move') {
      await run(() => execute(MOVE_UNIT, { id: current.id, parentId: values.parentId }));
    } else if (dialog === 'close') {
      await run(() => execute(CLOSE_UNIT, { id: current.id, moveTo: values.moveTo, reason: values.reason }));
    } else if (dialog === 'refuse' && refusing) {
      await run(() => execute(REFUSE_ROLE, { requestId: refusing, reason: values.reason.trim() }));
    } else if (dialog === 'reset' && account) {
      await run(() => execute(RESET_PASSWORD, { userId: account.id, newPassword: values.password }));
    } else if (dialog === 'account') {
      await run(() =>
        execute(CREATE_ACCOUNT, {
          input: { name: values.name.trim(), phone: values.phone.trim(), password: values.password, unitId: current.id, role: values.role },
        }),
      );
    }
  };

  return (
    <section aria-labelledby="units-title">
      <Typography.Title level={2} id="units-title" style={{ fontSize: 22 }}>
        {t('console.admin.title')}
      </Typography.Title>
      {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} />}
      <Row gutter={16}>
        <Col span={8}>
          <Card title={t('console.admin.tree')}>
            {tree.length === 0 ? (
              <Empty />
            ) : (
              <Tree
                treeData={tree}
                loadData={(node) => loadChildren(node as UnitNode)}
                selectedKeys={selected ? [selected] : []}
                onSelect={(keys) => keys[0] && updateSearch({ node: String(keys[0]) })}
              />
            )}
          </Card>
        </Col>
        <Col span={16}>
          {current && (
            <>
              <Card
                title={current.name}
                style={{ marginBottom: 16 }}
                extra={
                  <Space>
                    <Button disabled={!current.activeFlag} onClick={() => setDialog('edit')}>
                      {t('console.admin.editUnit')}
                    </Button>
                    <Button disabled={!current.activeFlag || childLevels.length === 0} onClick={() => setDialog('unit')}>
                      {t('console.admin.createUnit')}
                    </Button>
                    <Button disabled={!current.activeFlag || !current.parent} onClick={() => setDialog('move')}>
                      {t('console.admin.moveUnit')}
                    </Button>
                    <Button danger disabled={!current.activeFlag || !current.parent} onClick={() => setDialog('close')}>
                      {t('console.admin.closeUnit')}
                    </Button>
                  </Space>
                }
              >
                <Descriptions
                  column={2}
                  size="small"
                  items={[
                    { key: 'code', label: t('console.admin.code'), children: current.code },
                    { key: 'level', label: t('console.admin.level'), children: t(`levels.${current.level}`) },
                    { key: 'address', label: t('console.files.address'), children: current.address ?? '—' },
                    { key: 'hotline', label: t('console.admin.hotline'), children: current.hotline ?? '—' },
                    { key: 'window', label: t('console.admin.streetFacing'), children: current.streetFacing ? '✓' : '—' },
                    {
                      key: 'active',
                      label: t('console.queue.status'),
                      children: current.activeFlag ? t('console.admin.open') : t('console.admin.closed'),
                    },
                    { key: 'fund', label: t('console.admin.holdsFund'), children: current.holdsFund ? '✓' : '—' },
                  ]}
                />
              </Card>
              <Card
                title={t('console.admin.accounts')}
                extra={<Button onClick={() => setDialog('account')}>{t('console.admin.createAccount')}</Button>}
              >
                <Typography.Paragraph type="secondary">{t('console.admin.twoPersonRule')}</Typography.Paragraph>
                <Table
                  rowKey="id"
                  size="small"
                  pagination={false}
                  dataSource={unit.data?.users.edges.map((edge) => edge.node) ?? []}
                  columns={[
                    { title: t('auth.name'), dataIndex: 'name', className: 'nowrap' },
                    { title: t('auth.phone'), dataIndex: 'phone' },
                    {
                      title: t('console.admin.roles'),
                      key: 'roles',
                      render: (_, user) => (
                        <Space wrap>
                          {user.roles
                            .filter((grant) => grant.unit.id === current.id)
                            .map((grant) => (
                              <Tag
                                key={grant.role}
                                closable
                                closeIcon={
                                  <span aria-label={`${t('console.admin.revoke')} ${t(`console.admin.roleNames.${grant.role}`)}`}>×</span>
                                }
                                onClose={(event) => {
                                  event.preventDefault();
                                  void run(() => execute(REVOKE_ROLE, { userId: user.id, unitId: current.id, role: grant.role }));
                                }}
                              >
                                {t(`console.admin.roleNames.${grant.role}`)}
                              </Tag>
                            ))}
                          {user.pendingRoles
                            .filter((request) => request.unit.id === current.id)
                            .map((request) => {
                              const role = t(`console.admin.roleNames.${request.role}`);
                              return (
                                <Space key={request.id} size={4} data-testid="pending-role">
                                  <Tag style={{ borderStyle: 'dashed' }}>
                                    {role}（{t('console.admin.pending')}）
                                  </Tag>
                                  {request.requestedBy.id === me.data?.id ? (
                                    <Typography.Text type="secondary">{t('console.admin.waitingForSecond')}</Typography.Text>
                                  ) : (
                                    <>
                                      <Button
                                        size="small"
                                        type="primary"
                                        aria-label={`${t('console.admin.approve')} ${role} ${user.name}`}
                                        onClick={() => void run(() => execute(APPROVE_ROLE, { requestId: request.id }))}
                                      >
                                        {t('console.admin.approve')}
                                      </Button>
                                      <Button
                                        size="small"
                                        aria-label={`${t('console.admin.refuse')} ${role} ${user.name}`}
                                        onClick={() => refuse(request.id)}
                                      >
                                        {t('console.admin.refuse')}
                                      </Button>
                                    </>
                                  )}
                                </Space>
                              );
                            })}
                          <Select<Role>
                            size="small"
                            placeholder={t('console.admin.grant')}
                            aria-label={`${t('console.admin.grant')} ${user.name}`}
                            style={{ width: 140 }}
                            value={null}
                            options={STAFF_ROLES.filter(
                              (role) =>
                                ![...user.roles, ...user.pendingRoles].some((grant) => grant.unit.id === current.id && grant.role === role),
                            ).map((role) => ({ value: role, label: t(`console.admin.roleNames.${role}`) }))}
                            onChange={(role) => void run(() => execute(GRANT_ROLE, { userId: user.id, unitId: current.id, role }))}
                          />
                        </Space>
                      ),
                    },
                    {
                      title: t('console.admin.account'),
                      key: 'account',
                      render: (_, user) => (
                        <Space>
                          {!user.active && <Tag>{t('console.admin.disabled')}</Tag>}
                          <Button
                            size="small"
                            aria-label={`${t('console.admin.resetPassword')} ${user.name}`}
                            onClick={() => {
                              setAccount(user);
                              setDialog('reset');
                            }}
                          >
                            {t('console.admin.resetPassword')}
                          </Button>
                          {user.active ? (
                            <Popconfirm
                              title={t('console.admin.disableConfirm', { name: user.name })}
                              okText={t('console.admin.disable')}
                              cancelText={t('app.cancel')}
                              onConfirm={() => run(() => execute(SET_ACCOUNT_ACTIVE, { userId: user.id, active: false }))}
                            >
                              <Button size="small" danger aria-label={`${t('console.admin.disable')} ${user.name}`}>
                                {t('console.admin.disable')}
                              </Button>
                            </Popconfirm>
                          ) : (
                            <Button
                              size="small"
                              aria-label={`${t('console.admin.enable')} ${user.name}`}
                              onClick={() => void run(() => execute(SET_ACCOUNT_ACTIVE, { userId: user.id, active: true }))}
                            >
                              {t('console.admin.enable')}
                            </Button>
                          )}
                        </Space>
                      ),
                    },
                  ]}
                />
              </Card>
            </>
          )}
        </Col>
      </Row>
      <Modal
        open={dialog !== null}
        title={dialog ? t(`console.admin.dialogs.${dialog}`) : ''}
        okText={t('console.fields.submit')}
        cancelText={t('app.cancel')}
        onOk={() => void submit()}
        onCancel={() => setDialog(null)}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={
            dialog === 'edit' && current
              ? {
                  name: current.name,
                  address: current.address,
                  hotline: current.hotline,
                  streetFacing: current.streetFacing,
                  holdsFund: current.holdsFund,
                }
              : { level: childLevels[0], role: 'STATION_STAFF' }
          }
        >
          {dialog === 'unit' && (
            <>
              <Form.Item label={t('console.admin.code')} name="code" rules={[{ required: true, message: t('apply.required') }]}>
                <Input />
              </Form.Item>
              <Form.Item label={t('auth.name')} name="name" rules={[{ required: true, message: t('apply.required') }]}>
                <Input />
              </Form.Item>
              <Form.Item label={t('console.admin.level')} name="level" rules={[{ required: true }]}>
                <Select options={childLevels.map((level) => ({ value: level, label: t(`levels.${level}`) }))} />
              </Form.Item>
              <Form.Item label={t('console.files.address')} name="address">
                <Input />
              </Form.Item>
              <Form.Item label={t('console.admin.hotline')} name="hotline">
                <Input />
              </Form.Item>
              <Form.Item name="streetFacing" valuePropName="checked">
                <Checkbox>{t('console.admin.streetFacing')}</Checkbox>
              </Form.Item>
            </>
          )}
          {dialog === 'edit' && (
            <>
              <Form.Item label={t('auth.name')} name="name" rules={[{ required: true, message: t('apply.required') }]}>
                <Input />
              </Form.Item>
              <Form.Item label={t('console.files.address')} name="address">
                <Input />
              </Form.Item>
              <Form.Item label={t('console.admin.hotline')} name="hotline">
                <Input />
              </Form.Item>
              <Form.Item name="streetFacing" valuePropName="checked">
                <Checkbox>{t('console.admin.streetFacing')}</Checkbox>
              </Form.Item>
              {(current?.level === 'STREET' || current?.level === 'ENTERPRISE') && (
                <Form.Item name="holdsFund" valuePropName="checked">
                  <Checkbox>{t('console.admin.holdsFund')}</Checkbox>
                </Form.Item>
              )}
            </>
          )}
          {dialog === 'move' && current && (
            <Form.Item label={t('console.admin.newParent')} name="parentId" rules={[{ required: true, message: t('apply.required') }]}>
              <Select
                showSearch
                filterOption={false}
                onSearch={setTerm}
                loading={candidates.isPending}
                options={(candidates.data ?? [])
                  .filter(
                    (candidate) =>
                      candidate.activeFlag && levelRank(candidate.level) < levelRank(current.level) && candidate.id !== current.parent?.id,
                  )
                  .map((candidate) => ({ value: candidate.id, label: `${candidate.name} · ${t(`levels.${candidate.level}`)}` }))}
              />
            </Form.Item>
          )}
          {dialog === 'close' && (
            <>
              <Form.Item label={t('console.admin.moveTo')} name="moveTo" rules={[{ required: true, message: t('apply.required') }]}>
                <Select options={siblings.map((sibling) => ({ value: sibling.id, label: sibling.name }))} />
              </Form.Item>
              <Form.Item label={t('console.fields.reason')} name="reason" rules={[{ required: true, message: t('apply.required') }]}>
                <Input.TextArea rows={2} />
              </Form.Item>
            </>
          )}
          {dialog === 'reset' && account && (
            <>
              <Typography.Paragraph>
                {account.name}：{t('console.admin.resetNotice')}
              </Typography.Paragraph>
              <Form.Item
                label={t('console.admin.initialPassword')}
                name="password"
                rules={[{ required: true, min: 8, message: t('auth.invalid.password') }]}
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
            </>
          )}
          {dialog === 'account' && (
            <>
              <Form.Item label={t('auth.name')} name="name" rules={[{ required: true, message: t('apply.required') }]}>
                <Input />
              </Form.Item>
              <Form.Item label={t('auth.phone')} name="phone" rules={[{ required: true, message: t('apply.required') }]}>
                <Input />
              </Form.Item>
              <Form.Item
                label={t('console.admin.initialPassword')}
                name="password"
                rules={[{ required: true, min: 8, message: t('auth.invalid.password') }]}
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
              <Form.Item label={t('console.admin.roles')} name="role" rules={[{ required: true }]}>
                <Select options={STAFF_ROLES.map((role) => ({ value: role, label: t(`console.admin.roleNames.${role}`) }))} />
              </Form.Item>
            </>
          )}
          {dialog === 'refuse' && (
            <Form.Item label={t('console.admin.refuseReason')} name="reason" rules={[{ required: true, whitespace: true, min: 2 }]}>
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
          )}
          {error && (
            <p role="alert" style={{ color: '#a8071a', margin: 0 }}>
              {error}
            </p>
          )}
        </Form>
      </Modal>
    </section>
  );
}
