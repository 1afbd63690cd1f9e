// SQLite for the reference billing server: sql.js (SQLite compiled to WebAssembly) behind the small
// part of better-sqlite3's API the store uses (prepare → get/all/run, exec, pragma, transaction).
// Why not a native driver: it compiles at `npm ci` (two minutes of CI on a machine without
// prebuilt binaries); WebAssembly installs as plain files.
//
// sql.js keeps the database in memory. With a file path (the demo's `npm run dev`), the database is
// read from the file when opened and written back, atomically, after each change outside a
// transaction and after each transaction commits.

import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import initSqlJs from 'sql.js';

const SQL = await initSqlJs();

/** @typedef {string | number | null | Uint8Array} SqlValue */

/** better-sqlite3 binds `@name` from an object's `name`; sql.js wants the prefix in the key. */
function bindingsOf(/** @type {unknown[]} */ args) {
  const [first] = args;
  const named =
    args.length === 1 &&
    typeof first === 'object' &&
    first !== null &&
    !Array.isArray(first) &&
    !(first instanceof Uint8Array);
  if (named) {
    /** @type {Record<string, SqlValue>} */
    const bound = {};
    for (const [key, value] of Object.entries(first)) bound[`@${key}`] = value ?? null;
    return bound;
  }
  return args.map((value) => value ?? null);
}

class Statement {
  /** @param {Database} database @param {string} sql */
  constructor(database, sql) {
    this._database = database;
    this._sql = sql;
    /** @type {import('sql.js').Statement | undefined} */
    this._compiled = undefined;
    this._generation = -1;
  }

  /** sql.js frees every statement when the database is exported: compile again after a save. */
  _ready(/** @type {unknown[]} */ args) {
    if (!this._compiled || this._generation !== this._database._generation) {
      this._compiled = this._database._sqlite.prepare(this._sql);
      this._generation = this._database._generation;
    }
    this._compiled.bind(bindingsOf(args));
    return this._compiled;
  }

  /** The first row as an object, or undefined. */
  get(/** @type {unknown[]} */ ...args) {
    const statement = this._ready(args);
    try {
      return statement.step() ? statement.getAsObject() : undefined;
    } finally {
      statement.reset();
    }
  }

  /** Every row, as objects. */
  all(/** @type {unknown[]} */ ...args) {
    const statement = this._ready(args);
    const rows = [];
    try {
      while (statement.step()) rows.push(statement.getAsObject());
    } finally {
      statement.reset();
    }
    return rows;
  }

  /** Runs a change: how many rows it changed and the last inserted row id. */
  run(/** @type {unknown[]} */ ...args) {
    const statement = this._ready(args);
    try {
      while (statement.step()) {}
    } finally {
      statement.reset();
    }
    const database = this._database;
    const changes = database._sqlite.getRowsModified();
    const lastInsertRowid = Number(database._lastInsertRowid.get()?.id ?? 0);
    database._changed();
    return { changes, lastInsertRowid };
  }
}

export class Database {
  /** @param {string} path a file, or ':memory:' */
  constructor(path) {
    this._path = path === ':memory:' ? undefined : path;
    this._sqlite = new SQL.Database(
      this._path && existsSync(this._path) ? readFileSync(this._path) : undefined,
    );
    /** Bumped at each save, when sql.js frees the compiled statements. */
    this._generation = 0;
    this._transactionDepth = 0;
    /** Pragmas to set again after a save (sql.js reopens the database to export it). */
    this._pragmas = /** @type {string[]} */ ([]);
    this._lastInsertRowid = this.prepare('SELECT last_insert_rowid() AS id');
  }

  /** @param {string} sql one or more statements, no results */
  exec(sql) {
    this._sqlite.exec(sql);
    this._changed();
    return this;
  }

  /** @param {string} setting e.g. 'foreign_keys = ON' */
  pragma(setting) {
    this._sqlite.exec(`PRAGMA ${setting}`);
    this._pragmas.push(setting);
  }

  /** @param {string} sql */
  prepare(sql) {
    return new Statement(this, sql);
  }

  /**
   * `fn` wrapped in BEGIN … COMMIT (ROLLBACK when it throws), as better-sqlite3's transaction():
   * a transaction called inside another joins it.
   * @template {unknown[]} A @template R
   * @param {(...args: A) => R} fn
   * @returns {(...args: A) => R}
   */
  transaction(fn) {
    return (...args) => {
      if (this._transactionDepth > 0) return fn(...args);
      this._sqlite.exec('BEGIN');
      this._transactionDepth++;
      try {
        const result = fn(...args);
        this._sqlite.exec('COMMIT');
        return result;
      } catch (error) {
        this._sqlite.exec('ROLLBACK');
        throw error;
      } finally {
        this._transactionDepth--;
        this._changed();
      }
    };
  }

  close() {
    this._save();
    this._sqlite.close();
  }

  /** After a change: a file-backed database is saved once no transaction is open. */
  _changed() {
    if (this._transactionDepth === 0) this._save();
  }

  _save() {
    if (!this._path) return;
    const temporary = `${this._path}.${process.pid}.tmp`;
    writeFileSync(temporary, this._sqlite.export());
    renameSync(temporary, this._path);
    this._generation++;
    for (const setting of this._pragmas) this._sqlite.exec(`PRAGMA ${setting}`);
  }
}
