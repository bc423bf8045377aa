import 'server-only';
import { notFound } from 'next/navigation';
import { AppError } from '../errors';

/**
 * For pages: what the domain function refused to show (not found, or not for this role) is the
 * 404 page, which says "nothing here, or you may not see it". Other errors go to the error page.
 */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof AppError && (error.code === 'not_found' || error.code === 'forbidden')) notFound();
    throw error;
  }
}
