import { useTranslation } from 'react-i18next';
import { execute } from '../lib/graphql';
import { ExportButton } from './export-button';
import { graphql } from './gql';
import type { PrintKind } from './gql/graphql';

const PRINT_DOCUMENT = graphql(`
  mutation ConsolePrintDocument($kind: PrintKind!, $id: ID!) {
    printDocument(kind: $kind, id: $id) {
      id
    }
  }
`);

/** A printed form of the record on the page (A4 PDF, rendered by the worker), then its download. */
export function PrintButton({ kind, id, filename }: { kind: PrintKind; id: string; filename: string }) {
  const { t } = useTranslation();
  return (
    <ExportButton
      label={t(`console.print.${kind}`)}
      filename={`${filename}.pdf`}
      start={() => execute(PRINT_DOCUMENT, { kind, id }).then((result) => result.printDocument)}
    />
  );
}
