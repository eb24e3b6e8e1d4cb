package data

import (
	"context"
	"database/sql"
	"fmt"

	"tend/lifecycle"
)

// Settings returns every setting of the book, by key.
func (b *Book) Settings(ctx context.Context) (map[string]string, error) {
	settings := map[string]string{}
	err := b.eachRow(ctx, `SELECT key, value FROM settings`, func(rows *sql.Rows) error {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return err
		}
		settings[k] = v
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read the settings: %w", err)
	}
	return settings, nil
}

// DeleteSetting removes a book setting, so that its default applies again.
func (b *Book) DeleteSetting(ctx context.Context, key string) error {
	err := b.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `DELETE FROM settings WHERE key = ?`, key)
		return err
	})
	if err != nil {
		return fmt.Errorf("remove setting %s: %w", key, err)
	}
	return nil
}

// Rules returns the flag rules the book's settings make.
func (b *Book) Rules(ctx context.Context) (lifecycle.Rules, error) {
	settings, err := b.Settings(ctx)
	if err != nil {
		return lifecycle.DefaultRules(), err
	}
	r, err := lifecycle.RulesFromSettings(settings)
	if err != nil {
		return r, fmt.Errorf("the book's flag settings: %w", err)
	}
	return r, nil
}
