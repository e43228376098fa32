import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { cipherFor } from '../../server/src/app/services.js';
import { appWithDriver, newIdNumber } from '../setup/case-driver.js';
import { runQueuedJob } from '../setup/jobs.js';

const MATCH_FIELDS = 'id fileId filePersonName holder personName rollKind source scheme amountFen period resolution note';
const MATCHES = `query($u: ID!, $open: Boolean) { externalMatches(unitId: $u, open: $open) { ${MATCH_FIELDS} } }`;
const ROLLS = `query($u: ID!) { externalRolls(unitId: $u) { id status linesRead linesKept matches refused { row reason detail } } }`;
const IMPORT = `mutation($r: ID!) { importExternalRoll(rollId: $r) { id } }`;
const RESOLVE = `mutation($id: ID!, $r: ExternalMatchResolution!, $n: String) { resolveExternalMatch(id: $id, resolution: $r, note: $n) { ${MATCH_FIELDS} } }`;

describe('rolls from other schemes matched against open files (domain.md §13, issue 21)', () => {
  const context = appWithDriver();
  let district: string;
  beforeAll(async () => {
    district = await context.app.unitIdByCode('LY-LS');
  });
  const code = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;
  const upload = async (
    bytes: Buffer,
    token: string,
    query = 'kind=CIVIL_AFFAIRS_DIBAO&source=兰山区民政局&name=dibao.csv',
    unit = district,
  ) => {
    const response = await fetch(context.app.url.replace('/graphql', `/uploads/external-rolls/${unit}?${encodeURI(query)}`), {
      method: 'PUT',
      headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${token}`, 'accept-language': 'zh-CN' },
      body: bytes,
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  };
  const importRoll = async (rollId: string, token: string) => {
    const started = await context.app.gql(IMPORT, { r: rollId }, { token });
    if (!started.data) throw new Error(JSON.stringify(started.errors));
    await runQueuedJob(context.app, 'exports', 'importExternalRoll', started.data.importExternalRoll.id);
    const [job] = await context.app.sql<{ state: string; result: Record<string, number> }>(`select state, result from job where id = ?`, [
      started.data.importExternalRoll.id,
    ]);
    return job;
  };

  it('keeps the good lines sealed, refuses the bad ones line by line, and matches holders and members of open files in the subtree', async () => {
    const { app, driver } = context;
    const { districtAdmin, streetStaff, siblingStaff, auditor } = driver.actors;
    const holder = await driver.newApplicant({ personName: '周玉珍' });
    const member = newIdNumber();
    const withMember = await driver.newApplicant({
      personName: '吴建华',
      members: [
        { name: '吴建华', relation: '本人', monthlyIncomeFen: 120_000 },
        { name: '吴小丽', relation: '女儿', idNumber: member, monthlyIncomeFen: 0 },
      ],
    });
    const cancelled = await driver.newApplicant();
    await app.gql(
      `mutation($id: ID!) { cancelHardshipFile(id: $id, reason: OTHER, note: "重复建档") { id } }`,
      { id: cancelled.fileId },
      {
        token: streetStaff,
      },
    );
    const stranger = newIdNumber();
    const badId = `${holder.idNumber.slice(0, 17)}${holder.idNumber[17] === '0' ? '1' : '0'}`;
    const csv = [
      '序号,姓名,身份证号,救助项目,金额,期间',
      `1,周玉珍,${holder.idNumber},城市低保,650.00,2026-11`,
      `2,吴小丽,${member},城市低保,320,2026-11`,
      `3,郑某,${stranger},城市低保,650,2026-11`,
      `4,王某,${badId},城市低保,650,2026-11`,
      `5,,${newIdNumber()},城市低保,650,2026-11`,
      `6,冯某,${newIdNumber()},城市低保,六百,2026-11`,
      `7,陈某,${newIdNumber()},城市低保,650,2026/11`,
      `8,周玉珍,${holder.idNumber},城市低保,650,2026-11`,
      `9,李某,${cancelled.idNumber},城市低保,650,2026-11`,
      '',
    ].join('\r\n');

    // who may upload, and a file that is not a roll
    const notARoll = (await upload(Buffer.from('姓名,金额\n张三,1\n'), districtAdmin)).body.errors[0];
    expect(notARoll.extensions.code).toBe('BAD_USER_INPUT');
    expect(notARoll.message).toContain('身份证号、救助项目、期间');
    expect((await upload(iconv.encode(csv, 'gb18030'), auditor)).status).toBe(403);
    expect((await upload(iconv.encode(csv, 'gb18030'), siblingStaff)).status).toBe(404);
    expect((await upload(iconv.encode(csv, 'gb18030'), districtAdmin, 'kind=TAX&source=某局&name=x.csv')).status).toBe(400);

    const uploaded = await upload(iconv.encode(csv, 'gb18030'), districtAdmin);
    expect(uploaded.status).toBe(201);
    const job = await importRoll(uploaded.body.rollId, districtAdmin);
    expect(job).toMatchObject({ state: 'COMPLETED', result: { lines: 9, kept: 4, refused: 5, matches: 2 } });
    const [roll] = (await app.gql(ROLLS, { u: district }, { token: districtAdmin })).data!.externalRolls;
    expect(roll).toMatchObject({ status: 'IMPORTED', linesRead: 9, linesKept: 4, matches: 2 });
    expect(roll.refused).toEqual([
      { row: 5, reason: 'ID_NUMBER', detail: null },
      { row: 6, reason: 'NAME', detail: null },
      { row: 7, reason: 'AMOUNT', detail: '六百' },
      { row: 8, reason: 'PERIOD', detail: '2026/11' },
      { row: 9, reason: 'REPEATED', detail: '2' },
    ]);
    expect(code(await app.gql(IMPORT, { r: uploaded.body.rollId }, { token: districtAdmin }))).toBe('INVALID_TRANSITION');

    // sealed at rest: the file is gone once read, the lines hold no ID number in clear
    const cipher = cipherFor(app.config);
    const stored = await app.sql<{ row: string; id_number_enc: string }>(
      `select row_to_json(l)::text as row, id_number_enc from external_roll_line l`,
    );
    expect(stored).toHaveLength(4);
    for (const { row, id_number_enc: sealed } of stored) {
      for (const id of [holder.idNumber, member, stranger, cancelled.idNumber]) expect(row).not.toContain(id);
      expect([holder.idNumber, member, stranger, cancelled.idNumber]).toContain(cipher.decrypt(sealed));
    }
    expect((await app.sql<{ content_enc: string | null }>(`select content_enc from external_roll`))[0].content_enc).toBeNull();

    // both found by one statement: in file order
    const matches = (await app.gql(MATCHES, { u: district }, { token: districtAdmin })).data!.externalMatches.sort(
      (a: { fileId: string }, b: { fileId: string }) => Number(b.fileId) - Number(a.fileId),
    );
    expect(matches.map((m: Record<string, unknown>) => [m.fileId, m.holder, m.personName, m.amountFen])).toEqual([
      [withMember.fileId, false, '吴小丽', 32_000],
      [holder.fileId, true, '周玉珍', 65_000],
    ]);
    expect(matches[1]).toMatchObject({ rollKind: 'CIVIL_AFFAIRS_DIBAO', source: '兰山区民政局', scheme: '城市低保', period: '2026-11' });
    expect((await app.gql(MATCHES, { u: await app.unitIdByCode('LY-LS-YQS') }, { token: siblingStaff })).data!.externalMatches).toEqual([]);

    // shown on the file and on its cases, to staff; not to the worker reading their own file
    const FILE = `query($id: ID!) { hardshipFile(id: $id) { externalMatches { id scheme } } }`;
    expect((await app.gql(FILE, { id: holder.fileId }, { token: streetStaff })).data!.hardshipFile.externalMatches).toHaveLength(1);
    expect(
      (await app.gql(`query { myHardshipFile { externalMatches { id } } }`, {}, { token: holder.token })).data!.myHardshipFile
        .externalMatches,
    ).toEqual([]);
    const caseId = await driver.draft(holder);
    const CASE = `query($id: ID!) { case(id: $id) { externalMatches { id scheme amountFen } } }`;
    await driver.ok('submit', holder.token, caseId);
    expect((await app.gql(CASE, { id: caseId }, { token: streetStaff })).data!.case.externalMatches).toEqual([
      { id: matches[1].id, scheme: '城市低保', amountFen: 65_000 },
    ]);

    // staff of the file's unit resolve each once; a referral says why
    const holderMatch = matches[1].id;
    expect(code(await app.gql(RESOLVE, { id: holderMatch, r: 'COUNTED_IN_INCOME' }, { token: siblingStaff }))).toBe('NOT_FOUND');
    expect(code(await app.gql(RESOLVE, { id: holderMatch, r: 'COUNTED_IN_INCOME' }, { token: auditor }))).toBe('FORBIDDEN');
    expect(code(await app.gql(RESOLVE, { id: holderMatch, r: 'REFERRED' }, { token: streetStaff }))).toBe('BAD_USER_INPUT');
    const resolved = (await app.gql(RESOLVE, { id: holderMatch, r: 'COUNTED_IN_INCOME', n: '低保金计入家庭收入' }, { token: streetStaff }))
      .data!.resolveExternalMatch;
    expect(resolved).toMatchObject({ resolution: 'COUNTED_IN_INCOME', note: '低保金计入家庭收入' });
    expect(code(await app.gql(RESOLVE, { id: holderMatch, r: 'NOT_DUPLICATE' }, { token: streetStaff }))).toBe('INVALID_TRANSITION');
    expect((await app.gql(MATCHES, { u: district }, { token: districtAdmin })).data!.externalMatches).toHaveLength(1);
    expect((await app.gql(MATCHES, { u: district, open: false }, { token: districtAdmin })).data!.externalMatches).toHaveLength(2);
    const audits = await app.sql<{ action: string }>(`select action from audit_event where action like 'roll.%' order by id`);
    expect(audits.map((row) => row.action)).toEqual(['roll.upload', 'roll.import', 'roll.resolve']);
  });

  it('reads a roll sent as .xlsx, and matches a person already matched from another roll again', async () => {
    const { app, driver } = context;
    const { districtAdmin } = driver.actors;
    const person = await driver.newApplicant({ personName: '郭淑芬' });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('特困');
    sheet.addRow(['姓名', '身份证号', '救助项目', '金额', '期间']);
    sheet.addRow(['郭淑芬', person.idNumber, '特困供养', 980.5, '2026']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const uploaded = await upload(bytes, districtAdmin, 'kind=CIVIL_AFFAIRS_TEKUN&source=兰山区民政局&name=tekun.xlsx');
    expect(uploaded.status).toBe(201);
    expect(await importRoll(uploaded.body.rollId, districtAdmin)).toMatchObject({ state: 'COMPLETED', result: { kept: 1, matches: 1 } });
    const [match] = (await app.gql(MATCHES, { u: district }, { token: districtAdmin })).data!.externalMatches;
    expect(match).toMatchObject({ fileId: person.fileId, rollKind: 'CIVIL_AFFAIRS_TEKUN', amountFen: 98_050, period: '2026' });
  });
});
