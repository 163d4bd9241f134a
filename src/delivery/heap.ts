/** A binary min-heap ordered by `at`: the sender's "which chat is due next". */
export class MinHeap<T extends { at: number }> {
  readonly #items: T[] = [];

  get size(): number {
    return this.#items.length;
  }

  clear(): void {
    this.#items.length = 0;
  }

  peek(): T | undefined {
    return this.#items[0];
  }

  push(item: T): void {
    const a = this.#items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((a[parent] as T).at <= item.at) break;
      a[i] = a[parent] as T;
      i = parent;
    }
    a[i] = item;
  }

  pop(): T | undefined {
    const a = this.#items;
    const top = a[0];
    const last = a.pop();
    if (a.length === 0 || last === undefined) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let smallest = i;
      let smallestAt = last.at;
      if (l < a.length && (a[l] as T).at < smallestAt) {
        smallest = l;
        smallestAt = (a[l] as T).at;
      }
      if (r < a.length && (a[r] as T).at < smallestAt) smallest = r;
      if (smallest === i) break;
      a[i] = a[smallest] as T;
      i = smallest;
    }
    a[i] = last;
    return top;
  }
}
