// Every list endpoint of the REST API (react-admin's getList).

/** `GET /api/<resource>?page&perPage&sort&order&q…`: one page of items and the total count. */
export interface ListResponse<T> {
  data: T[];
  total: number;
}
