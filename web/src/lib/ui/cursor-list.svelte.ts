import type { CombinedError } from '@urql/core';

/** A page of a cursor connection, as every list query answers. */
export interface Connection<Row> {
  edges: { node: Row }[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}

/** One page's answer: the connection, or the error instead. */
export type PageAnswer<Row> = { page: Connection<Row> | null; error?: CombinedError };

/**
 * A list read page by page through a cursor connection, for one filter at a time. Showing a new
 * filter starts again from its first page; an answer that arrives for a filter no longer shown is
 * dropped, so a slow request never overwrites a newer one. Screens may edit `rows` in place (a
 * row added or retired) without reloading.
 */
export class CursorList<Filter, Row extends { id: string }> {
  rows = $state.raw<Row[]>([]);
  hasNextPage = $state(false);
  state = $state<'loading' | 'ready' | 'failed'>('loading');
  /** Why the first page failed, for the screen to say. */
  error = $state.raw<CombinedError | undefined>(undefined);
  loadingMore = $state(false);
  loadMoreFailed = $state(false);
  /** The filter shown; replaced, never mutated, so a stale answer can tell it lost. */
  filter = $state.raw<Filter | null>(null);
  private endCursor: string | null = null;

  constructor(private readonly fetchPage: (filter: Filter, after: string | null) => Promise<PageAnswer<Row>>) {}

  async show(filter: Filter): Promise<void> {
    this.filter = filter;
    this.state = 'loading';
    this.loadMoreFailed = false;
    const answer = await this.fetchPage(filter, null);
    if (this.filter !== filter) return;
    if (!answer.page) {
      this.error = answer.error;
      this.state = 'failed';
      return;
    }
    this.add(answer.page, true);
    this.state = 'ready';
  }

  async loadMore(): Promise<void> {
    const filter = this.filter;
    if (filter === null) return;
    this.loadingMore = true;
    this.loadMoreFailed = false;
    const answer = await this.fetchPage(filter, this.endCursor);
    this.loadingMore = false;
    if (this.filter !== filter) return;
    if (answer.page) this.add(answer.page, false);
    else this.loadMoreFailed = true;
  }

  private add(connection: Connection<Row>, replace: boolean): void {
    const page = connection.edges.map((edge) => edge.node);
    const known = new Set(this.rows.map((row) => row.id));
    this.rows = replace ? page : [...this.rows, ...page.filter((node) => !known.has(node.id))];
    this.endCursor = connection.pageInfo.endCursor ?? null;
    this.hasNextPage = connection.pageInfo.hasNextPage;
  }
}
