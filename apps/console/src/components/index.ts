export { SaveOnlyToolbar } from './SaveOnlyToolbar';
export { SearchFilter } from './SearchFilter';
export { ShowLinkField } from './ShowLinkField';
export { useLoad } from './use-load';
