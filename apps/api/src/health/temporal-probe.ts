import { Connection } from '@temporalio/client';

/**
 * Opens a gRPC connection to Temporal (the SDK checks it with GetSystemInfo) and always closes
 * the channel, also when the server is unreachable (Connection.connect would leak it).
 */
export async function probeTemporal(address: string, timeoutMs: number): Promise<void> {
  const connection = Connection.lazy({ address, connectTimeout: timeoutMs });
  try {
    await connection.ensureConnected();
  } finally {
    await connection.close();
  }
}
