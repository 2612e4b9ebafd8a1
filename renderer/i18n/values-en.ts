// English names of values the UI shows that come from elsewhere but are
// still words for a person: GJSON's value types in the path tester
// (spread into en.ts).
export const valuesEn = {
  'pathTester.type.Null': 'null',
  'pathTester.type.False': 'false',
  'pathTester.type.True': 'true',
  'pathTester.type.Number': 'number',
  'pathTester.type.String': 'string',
  'pathTester.type.JSON': 'JSON (object or array)',
} as const;
