package data

import (
	"context"
	"database/sql"
	"strings"

	"tend/lifecycle"
)

// Settings returns every setting of the book, by key.
func (b *Book) Settings(ctx context.Context) (map[string]string, error) {
	return readSettings(ctx, b.reader)
}

// settingsQuery reads every setting of the book.
const settingsQuery = `SELECT key, value FROM settings`

func readSettings(ctx context.Context, q querier) (map[string]string, error) {
	rows, err := q.QueryContext(ctx, settingsQuery)
	if err != nil {
		return nil, lifecycle.Problemf(CodeReadSettings, nil, "read the settings: %w", describe(err))
	}
	defer rows.Close()
	settings := map[string]string{}
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return nil, lifecycle.Problemf(CodeReadSettings, nil, "read the settings: %w", describe(err))
		}
		settings[k] = v
	}
	if err := rows.Err(); err != nil {
		return nil, lifecycle.Problemf(CodeReadSettings, nil, "read the settings: %w", describe(err))
	}
	return settings, nil
}

// DeleteSetting removes a book setting, so that its default applies again.
// Without a flag setting, the flags are those of the default rules, so
// the book is scored again in the same transaction.
func (b *Book) DeleteSetting(ctx context.Context, key string) error {
	err := b.write(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM settings WHERE key = ?`, key); err != nil {
			return err
		}
		return b.rescoreAfterSetting(ctx, tx, key)
	})
	if err != nil {
		return lifecycle.Problemf(CodeRemoveSetting, lifecycle.Values{"Key": key}, "remove setting %s: %w", key, err)
	}
	return nil
}

// rescoreAfterSetting scores every customer again when the setting is one
// of the flag rules'.
func (b *Book) rescoreAfterSetting(ctx context.Context, tx *sql.Tx, key string) error {
	if !strings.HasPrefix(key, lifecycle.RulePrefix) {
		return nil
	}
	return b.rescore(ctx, tx, b.Now(), nil)
}

// Rules returns the flag rules the book's settings make.
func (b *Book) Rules(ctx context.Context) (lifecycle.Rules, error) {
	return readRules(ctx, b.reader)
}

func readRules(ctx context.Context, q querier) (lifecycle.Rules, error) {
	settings, err := readSettings(ctx, q)
	if err != nil {
		return lifecycle.DefaultRules(), err
	}
	r, err := lifecycle.RulesFromSettings(settings)
	if err != nil {
		return r, lifecycle.Problemf(CodeFlagSettings, nil, "the book's flag settings: %w", err)
	}
	return r, nil
}
