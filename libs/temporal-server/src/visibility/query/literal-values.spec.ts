import { parseDurationMs, parseExecutionStatus } from './literal-values';
import {
  indexedValueTypeOf,
  parseSearchAttributeType,
  searchAttributeTypeFromIndexedValueType,
} from './search-attribute-type';
import { executionStatusFromProto, executionStatusToProto } from './visibility-record';

describe('literal helpers', () => {
  it.each([
    ['1h', 3_600_000],
    ['1h30m', 5_400_000],
    ['1.5s', 1500],
    ['250ms', 250],
    ['1500us', 1.5],
    ['00:00:10', 10_000],
    ['26:00:00', 93_600_000],
    ['10', undefined],
    ['1d', undefined],
    ['', undefined],
  ])('parseDurationMs(%j) = %j', (text, ms) => {
    expect(parseDurationMs(text)).toBe(ms);
  });

  it.each([
    ['Running', 'Running'],
    ['TIMED_OUT', 'TimedOut'],
    ['continuedasnew', 'ContinuedAsNew'],
    ['Paused', undefined],
  ])('parseExecutionStatus(%j) = %j', (text, status) => {
    expect(parseExecutionStatus(text)).toBe(status);
  });

  it.each([
    ['Keyword', 'Keyword'],
    ['KEYWORD_LIST', 'KeywordList'],
    ['INDEXED_VALUE_TYPE_DATETIME', 'Datetime'],
    ['keywordlist', 'KeywordList'],
    ['Float', undefined],
  ])('parseSearchAttributeType(%j) = %j', (text, type) => {
    expect(parseSearchAttributeType(text)).toBe(type);
  });

  it('maps IndexedValueType and WorkflowExecutionStatus numbers both ways', () => {
    expect(searchAttributeTypeFromIndexedValueType(1)).toBe('Text');
    expect(searchAttributeTypeFromIndexedValueType(7)).toBe('KeywordList');
    expect(searchAttributeTypeFromIndexedValueType(0)).toBeUndefined();
    expect(indexedValueTypeOf('Keyword')).toBe(2);
    expect(executionStatusFromProto(1)).toBe('Running');
    expect(executionStatusFromProto(6)).toBe('ContinuedAsNew');
    expect(executionStatusFromProto(8)).toBeUndefined();
    expect(executionStatusToProto('TimedOut')).toBe(7);
  });
});
