import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { describeStorageError } from '@/utils/ledger/storage-errors';

const FULL = '浏览器存储空间不足，登记没有保存。请在 导入导出 页导出备份后清理空间。';
const domQuota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('describeStorageError', () => {
  it('puts a full disk into words, however Dexie wraps the browser error', () => {
    expect(describeStorageError(domQuota())).toBe(FULL);
    expect(describeStorageError(new Dexie.QuotaExceededError(domQuota()))).toBe(FULL);
    expect(describeStorageError(new Dexie.AbortError('Transaction aborted', domQuota()))).toBe(FULL);
    expect(describeStorageError(new Dexie.BulkError('1 of 2 failed', { 1: domQuota() }))).toBe(FULL);
  });

  it('keeps the message of any other error', () => {
    expect(describeStorageError(new Dexie.ConstraintError('Key already exists in the object store.'))).toContain('Key already exists');
    expect(describeStorageError(new Error('台账中没有这条记录'))).toBe('台账中没有这条记录');
  });
});
