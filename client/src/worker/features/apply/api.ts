import { graphql } from '../../gql';

export const MY_FILE_ID = graphql(`
  query MyFileId {
    myHardshipFile {
      id
      status
    }
  }
`);
