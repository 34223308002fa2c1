// Schemas shared by several routes.
import { Type } from '@sinclair/typebox';

export const ErrorBody = Type.Object(
  { code: Type.String(), message: Type.String(), requestId: Type.String() },
  { $id: 'ErrorBody', description: '错误 error' },
);

export const PageQuery = {
  page: Type.Integer({ minimum: 1, default: 1, description: '页码，从 1 开始' }),
  pageSize: Type.Integer({ minimum: 1, maximum: 500, default: 50, description: '每页条数' }),
};
