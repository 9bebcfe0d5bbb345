export { authProvider } from './auth-provider';
export { dataProvider, RESOURCES, type DondocDataProvider, type ResourceName } from './data-provider';
export { canAccessResource } from './access';
export { apiFetch, apiUpload, errorCode } from './http';
