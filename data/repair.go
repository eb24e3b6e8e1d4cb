package data

import (
	"context"
	"database/sql"
	"errors"
	"slices"

	"tend/lifecycle"
)

// What Repair rebuilds from the rows.
const (
	RebuiltSearchIndex = "search-index" // a search index, by FTS5's rebuild
	RebuiltActivity    = "activity"     // the activity's hourly sums, counted afresh
	RebuiltKeptWeeks   = "kept-weeks"   // the weeks' flagged counts, dropped to be counted afresh
)

// Rebuilt is one thing Repair rebuilt: what, and for a search index which.
type Rebuilt struct{ What, Index string }

// repairOf says what rebuilds the part of the book a finding of Check
// says is out of step; ok is false when the rows cannot rebuild it.
func repairOf(finding error) (r Rebuilt, ok bool) {
	var p lifecycle.Coded
	if !errors.As(finding, &p) {
		return Rebuilt{}, false
	}
	switch p.Code() {
	case CodeCheckSearchIndex:
		index, _ := p.Values()["Index"].(string)
		return Rebuilt{What: RebuiltSearchIndex, Index: index}, true
	case CodeCheckActivity:
		return Rebuilt{What: RebuiltActivity}, true
	case CodeCheckKeptWeek:
		return Rebuilt{What: RebuiltKeptWeeks}, true
	case CodeCheckMore:
		return Rebuilt{What: RebuiltActivity}, p.Values()["Check"] == "activity"
	}
	return Rebuilt{}, false
}

// Repairable tells whether Repair rebuilds what a finding of Check says
// is out of step.
func Repairable(finding error) bool {
	_, ok := repairOf(finding)
	return ok
}

// Repair rebuilds from the rows what the findings of Check say is out of
// step and the rows can rebuild: the search indexes and the activity's
// sums, all in one transaction; it returns what it rebuilt. What the rows
// cannot rebuild it leaves as it is. It refuses to touch a damaged file,
// whose rows are no ground to rebuild from.
func (b *Book) Repair(ctx context.Context, findings []error) ([]Rebuilt, error) {
	var todo []Rebuilt
	for _, f := range findings {
		var p lifecycle.Coded
		if errors.As(f, &p) && (p.Code() == CodeCheckDamaged || p.Code() == CodeCheckUnreadable) {
			return nil, lifecycle.Problemf(CodeRepairDamaged, lifecycle.Values{"Path": b.path},
				"%s is damaged, so nothing was rebuilt: restore a backup", b.path)
		}
		if r, ok := repairOf(f); ok && !slices.Contains(todo, r) {
			todo = append(todo, r)
		}
	}
	if len(todo) == 0 {
		return nil, nil
	}
	err := b.write(ctx, func(tx *sql.Tx) error {
		for _, r := range todo {
			if err := rebuild(ctx, tx, b.engine, r); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return todo, nil
}

// rebuild rebuilds one thing from the rows.
func rebuild(ctx context.Context, tx *sql.Tx, e engine, r Rebuilt) error {
	switch r.What {
	case RebuiltActivity:
		_, err := tx.ExecContext(ctx, recountActivity)
		return err
	case RebuiltKeptWeeks:
		// The insights count them again at their next opening.
		_, err := tx.ExecContext(ctx, `DELETE FROM flagged_weeks`)
		return err
	}
	if known, err := e.rebuildSearchIndex(ctx, tx, r.Index); known || err != nil {
		return err
	}
	return lifecycle.Problemf(CodeRepairUnknown, lifecycle.Values{"Index": r.Index}, "there is no search index %s", r.Index)
}

// recountActivity counts the activity's hourly sums afresh from the
// contacts and purchases, as the schema step that made them did.
const recountActivity = `DELETE FROM activity_hours;
	INSERT INTO activity_hours (hour_start, kind, contacts)
		SELECT at - (at % 3600 + 3600) % 3600, kind, count(*) FROM contacts GROUP BY 1, 2;
	INSERT INTO activity_hours (hour_start, kind, purchases, revenue_cents)
		SELECT at - (at % 3600 + 3600) % 3600, '', count(*) FILTER (WHERE amount_cents >= 0), sum(amount_cents)
		FROM purchases GROUP BY 1;`
