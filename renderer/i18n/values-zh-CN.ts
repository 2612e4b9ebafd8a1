import type { valuesEn } from './values-en';

export const valuesZhCN: Record<keyof typeof valuesEn, string> = {
  'pathTester.type.Null': 'null（空值）',
  'pathTester.type.False': 'false（假）',
  'pathTester.type.True': 'true（真）',
  'pathTester.type.Number': '数字',
  'pathTester.type.String': '字符串',
  'pathTester.type.JSON': 'JSON（对象或数组）',
};
