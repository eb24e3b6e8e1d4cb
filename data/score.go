package data

import (
	"context"
	"database/sql"
	"strings"
	"time"

	"tend/lifecycle"
)

// scorer flags customers as of a moment by the book's rules, with the
// purchase models of the latest full scoring.
type scorer struct {
	now    time.Time
	rules  lifecycle.Rules
	phases map[string]lifecycle.Phase
	models *Models // nil when the book has not been scored in full yet
	// rfm are the RFM quintiles of the latest full scoring, nil before it
	// or among too few buyers.
	rfm *lifecycle.RFMEdges
	// engine is the book's, which sends a list of customers' reads
	// ahead (sendAhead).
	engine engine
}

// scorerReads are the statements that loadScorer reads.
var scorerReads = []statement{{query: settingsQuery}, {query: lifecycleQuery}, {query: fitQuery}}

// loadScorer reads the rules, the phases and the stored models of the
// book in the transaction tx, all three in one round trip on a server.
func (b *Book) loadScorer(ctx context.Context, tx *sql.Tx, now time.Time) (*scorer, error) {
	if err := b.engine.sendAhead(ctx, tx, scorerReads); err != nil {
		return nil, lifecycle.Problemf(CodeReadSettings, nil, "read the settings: %w", describe(err))
	}
	sc, err := readScorer(ctx, tx, now)
	if err == nil {
		sc.engine = b.engine
	}
	return sc, err
}

// sendAhead sends the statements of a read on q ahead, where the scorer
// knows its book's engine and q is one connection's.
func (sc *scorer) sendAhead(ctx context.Context, q querier, stmts []statement) error {
	ex, ok := q.(execer)
	if sc.engine == nil || !ok {
		return nil
	}
	return sc.engine.sendAhead(ctx, ex, stmts)
}

// readScorer reads the rules, the phases and the stored models. A bad flag
// setting leaves the default rules in force, so that it never stops a
// write; tend risk and tend settings name it.
func readScorer(ctx context.Context, q querier, now time.Time) (*scorer, error) {
	settings, err := readSettings(ctx, q)
	if err != nil {
		return nil, err
	}
	r, _ := lifecycle.RulesFromSettings(settings)
	lc, err := readLifecycle(ctx, q)
	if err != nil {
		return nil, err
	}
	sc := &scorer{now: now, rules: r, phases: map[string]lifecycle.Phase{}}
	for _, p := range lc.Phases {
		sc.phases[p.Key] = p
	}
	fit, asOf, ok, err := readFit(ctx, q)
	if err != nil {
		return nil, err
	}
	if ok {
		m := fit.models(asOf)
		sc.models, sc.rfm = &m, fit.RFM
	}
	return sc, nil
}

// flagChange is a customer whose flags are not those stored. Flags are
// compared by kind and severity: the worth, which only ranks flags of equal
// severity, moves a little every day with the purchase model's forecast,
// and a change of worth alone is not worth rewriting the book each morning.
type flagChange struct {
	id        int64
	flags     []lifecycle.Flag
	code, was flagCode
}

// sameKinds tells whether the change keeps the stored kinds of flag, so
// that only their severity is written (the change of most mornings).
func (ch flagChange) sameKinds() bool { return ch.code.kindMask() == ch.was.kindMask() }

// scored is what a scoring found: the customers whose flags changed, the
// RFM values of every customer who bought, for the RFM quintiles, the
// purchase digests made from the purchases, for the book to keep, and
// what tend risk shows of each flagged customer.
type scored struct {
	changes []flagChange
	values  []lifecycle.RFMValues
	digests []digestChange
	risk    []riskFacts
}

// digestChange is a customer's purchase digest, made anew.
type digestChange struct {
	id     int64
	digest string
}

// score flags the set's customers; archived customers have no flags. The
// flags of customers named by ids are written whatever changed, so that
// their worth follows an edit at once.
func (sc *scorer) score(ctx context.Context, q querier, set customerSet) (scored, error) {
	var out scored
	err := sc.each(ctx, q, set, func(c CustomerFacts, stored flagCode) {
		if c.Bought {
			out.values = append(out.values, c.RFM)
		}
		flags := sc.judge(c)
		if code := codeOf(flags); code != stored || set.ids != nil {
			out.changes = append(out.changes, flagChange{c.ID, flags, code, stored})
		}
		if len(flags) > 0 {
			out.risk = append(out.risk, sc.riskFactsOf(c))
		}
		if c.Digest != nil {
			out.digests = append(out.digests, digestChange{c.ID, encodeDigest(*c.Digest)})
		}
	})
	return out, err
}

// flags are a customer's flags as of the scorer's moment; archived
// customers have none.
func (sc *scorer) flags(c CustomerFacts) []lifecycle.Flag {
	if c.Archived {
		return nil
	}
	return lifecycle.Evaluate(c.Facts, sc.rules, sc.now)
}

// judge is flags without their reasons, for storing them: the book keeps
// a flag's kind, severity and worth, and the reasons are written when the
// flag is shown.
func (sc *scorer) judge(c CustomerFacts) []lifecycle.Flag {
	if c.Archived {
		return nil
	}
	return lifecycle.Judge(c.Facts, sc.rules, sc.now)
}

// each calls fn with the facts of each of the set's customers as of the
// scorer's moment, in order of id, and the flags stored for them.
func (sc *scorer) each(ctx context.Context, q querier, set customerSet, fn func(CustomerFacts, flagCode)) error {
	fb := newFactsBuilder(sc.now, sc.models, sc.rules)
	reads := readsOfCurrent(sc.now, set, fb.earlierFrom)
	if set.ids != nil {
		// A few customers' rows: those of a write, read in one round trip.
		if err := sc.sendAhead(ctx, q, reads.list()); err != nil {
			return lifecycle.Problemf(CodeReadCustomers, nil, "read the customers: %w", describe(err))
		}
	}
	s, err := openCurrentStreams(ctx, q, reads)
	if err != nil {
		return err
	}
	for s.customers.ok {
		id, row := s.customers.id, s.customers.row
		s.customers.advance()
		c, err := sc.facts(fb, id, row, s)
		if err != nil {
			return s.close(err)
		}
		fn(c, row.flags)
	}
	return s.close(nil)
}

// facts makes the facts of a customer as of the scorer's moment from its
// row of customers and its history in the streams, which must not have
// passed it yet.
func (sc *scorer) facts(fb *factsBuilder, id int64, row currentRow, s *currentStreams) (CustomerFacts, error) {
	p := sc.phases[row.phase]
	f := lifecycle.Facts{Phase: p.Key, PhaseLabel: p.Label, Group: p.Group, PhaseSince: row.since}
	src := purchaseSource{all: s.purchases, recent: s.recent}
	if row.purchases != "" {
		pd, ok := decodeDigest(row.purchases)
		if !ok {
			return CustomerFacts{}, lifecycle.Problemf(CodeSummaryBad, lifecycle.Values{"ID": id, "Summary": row.purchases},
				"the purchase summary of customer %d cannot be read: %q", id, row.purchases)
		}
		src.stored, src.totalSpend = &pd, row.spend
	}
	c := fb.finish(id, row.profile, f, row.digest, src, takeTriage(s.triage, id))
	if row.lastPurchase.After(sc.now) {
		c.Digest = nil // it leaves out the purchase to come, so it is not to be kept
	}
	return c, nil
}

// newCustomerFlags are the flags of a new customer, stored as row, that a
// scoring will find once it is in the book: a new customer has no
// contacts, purchases or triage state yet, so its row is all there is to
// go by. They come with their reasons, which the book keeps for tend
// risk. fb must be the caller's own, since a builder reuses its lists.
func (sc *scorer) newCustomerFlags(fb *factsBuilder, row customerRow) ([]lifecycle.Flag, error) {
	c, err := sc.facts(fb, 0, row.current(), &currentStreams{})
	if err != nil {
		return nil, err
	}
	return sc.flags(c), nil
}

// rescore flags customers again in a write that changed what their flags
// go by: those named by ids, or every customer for nil ids.
func (b *Book) rescore(ctx context.Context, tx *sql.Tx, now time.Time, ids []int64) error {
	sc, err := b.loadScorer(ctx, tx, now)
	if err != nil {
		return err
	}
	if ids == nil {
		return sc.rescore(ctx, tx, everyone)
	}
	return sc.rescoreEach(ctx, tx, ids)
}

// rescoreEach flags the customers named by ids again, a batch at a time.
func (sc *scorer) rescoreEach(ctx context.Context, tx *sql.Tx, ids []int64) error {
	for start := 0; start < len(ids); start += summaryBatch {
		if err := sc.rescore(ctx, tx, customerSet{ids: ids[start:min(start+summaryBatch, len(ids))]}); err != nil {
			return err
		}
	}
	return nil
}

func (sc *scorer) rescore(ctx context.Context, tx *sql.Tx, set customerSet) error {
	out, err := sc.score(ctx, tx, set)
	if err != nil {
		return err
	}
	if err := writeFlags(ctx, tx, out.changes); err != nil {
		return err
	}
	if err := writeRiskFacts(ctx, sc, tx, set, out.risk); err != nil {
		return err
	}
	return writeDigests(ctx, tx, out.digests)
}

// writeFlags stores the changed flags, and each customer's urgency, the
// severity of its most urgent flag, which orders the board.
func writeFlags(ctx context.Context, tx *sql.Tx, changes []flagChange) error {
	if len(changes) == 0 {
		return nil
	}
	w, err := newFlagWriter(ctx, tx)
	if err != nil {
		return lifecycle.Problemf(CodeStoreFlags, nil, "store the flags: %w", describe(err))
	}
	defer w.close()
	for _, ch := range changes {
		if err := w.write(ctx, ch); err != nil {
			return lifecycle.Problemf(CodeStoreFlags, nil, "store the flags: %w", describe(err))
		}
	}
	return nil
}

// flagWriter holds the statements that store flags, prepared once for a
// scoring's changes.
type flagWriter struct {
	stmts                                     []*sql.Stmt
	clear, insert, setSeverity, code, urgency *sql.Stmt
}

func newFlagWriter(ctx context.Context, tx *sql.Tx) (*flagWriter, error) {
	w := &flagWriter{}
	for _, s := range []struct {
		to    **sql.Stmt
		query string
	}{
		{&w.clear, `DELETE FROM flags WHERE customer_id = ?`},
		{&w.insert, `INSERT INTO flags (` + strings.Join(flagColumns, ", ") + `) VALUES (?, ?, ?, ?)`},
		{&w.setSeverity, `UPDATE flags SET severity = ?, worth_cents = ? WHERE customer_id = ? AND kind = ?`},
		// The urgency apart, so that the board's index is touched only when
		// it changes.
		{&w.code, `UPDATE customers SET flag_code = ? WHERE id = ?`},
		{&w.urgency, `UPDATE customers SET flag_code = ?, urgency = ? WHERE id = ?`},
	} {
		stmt, err := tx.PrepareContext(ctx, s.query)
		if err != nil {
			w.close()
			return nil, err
		}
		*s.to = stmt
		w.stmts = append(w.stmts, stmt)
	}
	return w, nil
}

func (w *flagWriter) close() {
	for _, s := range w.stmts {
		s.Close()
	}
}

// write stores one customer's flags: the severities in place where the
// kinds stay, else the flags anew.
func (w *flagWriter) write(ctx context.Context, ch flagChange) error {
	keep := ch.sameKinds()
	if !keep && ch.was != 0 {
		if _, err := w.clear.ExecContext(ctx, ch.id); err != nil {
			return err
		}
	}
	for _, f := range ch.flags {
		var err error
		if keep {
			_, err = w.setSeverity.ExecContext(ctx, storedSeverity(f.Severity), int64(f.Worth), ch.id, string(f.Kind))
		} else {
			_, err = w.insert.ExecContext(ctx, flagValues(ch.id, f)...)
		}
		if err != nil {
			return err
		}
	}
	var err error
	switch top := urgencyOf(ch.flags); {
	case top != ch.was.top():
		_, err = w.urgency.ExecContext(ctx, int64(ch.code), top, ch.id)
	case ch.code != ch.was:
		_, err = w.code.ExecContext(ctx, int64(ch.code), ch.id)
	}
	return err
}

// flagColumns are the columns a flag is stored with, flagValues its values
// for them.
var flagColumns = []string{"customer_id", "kind", "severity", "worth_cents"}

func flagValues(id int64, f lifecycle.Flag) []any {
	return []any{id, string(f.Kind), storedSeverity(f.Severity), int64(f.Worth)}
}

// urgencyOf is the stored severity of the most urgent of flags, 0 for
// none: what the board orders customers by.
func urgencyOf(flags []lifecycle.Flag) int {
	top := 0
	for _, f := range flags {
		top = max(top, storedSeverity(f.Severity))
	}
	return top
}

// writeDigests keeps the purchase digests made anew.
func writeDigests(ctx context.Context, tx *sql.Tx, digests []digestChange) error {
	if len(digests) == 0 {
		return nil
	}
	stmt, err := tx.PrepareContext(ctx, `UPDATE customers SET purchase_digest = ? WHERE id = ?`)
	if err != nil {
		return lifecycle.Problemf(CodeStorePurchaseSummaries, nil, "store the purchase summaries: %w", describe(err))
	}
	defer stmt.Close()
	for _, d := range digests {
		if _, err := stmt.ExecContext(ctx, d.digest, d.id); err != nil {
			return lifecycle.Problemf(CodeStorePurchaseSummaries, nil, "store the purchase summaries: %w", describe(err))
		}
	}
	return nil
}
