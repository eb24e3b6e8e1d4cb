package data

import (
	"context"
	"database/sql"
	"errors"

	"tend/lifecycle"
)

// settingQuery reads a setting by its key.
const settingQuery = `SELECT value FROM settings WHERE key = ?`

// Setting returns a book setting, or def when it is not set.
func (b *Book) Setting(ctx context.Context, key, def string) (string, error) {
	return setting(ctx, b.reader, key, def)
}

func setting(ctx context.Context, q querier, key, def string) (string, error) {
	var v string
	err := q.QueryRowContext(ctx, settingQuery, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return def, nil
	}
	if err != nil {
		return def, lifecycle.Problemf(CodeReadSetting, lifecycle.Values{"Key": key}, "read setting %s: %w", key, describe(err))
	}
	return v, nil
}

// SetSetting stores a book setting; a flag rule's takes effect on the
// customers' flags in the same transaction.
func (b *Book) SetSetting(ctx context.Context, key, value string) error {
	return b.write(ctx, func(tx *sql.Tx) error {
		if err := setSetting(ctx, tx, key, value); err != nil {
			return err
		}
		return b.rescoreAfterSetting(ctx, tx, key)
	})
}

func setSetting(ctx context.Context, tx *sql.Tx, key, value string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES (?, ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
	return err
}
