package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"time"

	"tend/lifecycle"
)

// storedFit is what the scores of single customers need of the purchase
// models and of the book's RFM quintiles, kept from the latest full
// scoring, so that a write can flag its customer without refitting.
type storedFit struct {
	BGNBD      *lifecycle.BGNBD      `json:"bgnbd,omitempty"` // nil where not fitted
	GammaGamma *lifecycle.GammaGamma `json:"gamma_gamma,omitempty"`
	Currency   string                `json:"currency,omitempty"`
	RFM        *lifecycle.RFMEdges   `json:"rfm,omitempty"` // nil where nobody bought
	// Purchases is how many purchases the book held when the models were
	// fitted, so that a change of the purchases can call for a new fit.
	Purchases int `json:"purchases"`
	// Buyers is how many customers the purchase model was fitted to, for
	// what tend risk says of it.
	Buyers int `json:"buyers,omitempty"`
	// ScoredOn is the calendar day, with its zone, of the latest full
	// scoring: on that day the stored flags are those a scoring would
	// find, so that they can be read rather than made again.
	ScoredOn string `json:"scored_on,omitempty"`
}

// errNotFitted stands for a model of a stored fit that could not be fitted;
// the full scoring says why.
var errNotFitted = lifecycle.Problemf(CodeNotFitted, nil, "the purchase model could not be fitted")

// fitOf keeps what the scores need of the models and the RFM quintiles,
// with the number of purchases the models were fitted to.
func fitOf(m Models, edges *lifecycle.RFMEdges, purchases int) storedFit {
	f := storedFit{RFM: edges, Purchases: purchases}
	// A parameter that is not a number cannot be stored (nor forecast
	// with); such a model counts as not fitted.
	if m.BGNBDErr == nil && m.BGNBD.Finite() {
		f.BGNBD, f.Buyers = &m.BGNBD.BGNBD, m.BGNBD.Customers
	}
	if m.GammaGammaErr == nil && m.GammaGamma.Finite() {
		f.GammaGamma, f.Currency = &m.GammaGamma.GammaGamma, m.Currency
	}
	return f
}

// models makes Models of a stored fit as of the day it was made.
func (f storedFit) models(asOf time.Time) Models {
	m := Models{AsOf: asOf, BGNBDErr: errNotFitted, GammaGammaErr: errNotFitted}
	if f.BGNBD != nil {
		m.BGNBD.BGNBD, m.BGNBD.Customers, m.BGNBDErr = *f.BGNBD, f.Buyers, nil
	}
	if f.GammaGamma != nil {
		m.GammaGamma.GammaGamma, m.Currency, m.GammaGammaErr = *f.GammaGamma, f.Currency, nil
	}
	return m
}

// scoringDay names now's calendar day in its zone, as ScoredOn does.
func scoringDay(now time.Time) string {
	return now.Format("2006-01-02") + " " + lifecycle.ZoneName(now.Location())
}

// fitQuery reads the stored fit of the purchase models.
const fitQuery = `SELECT as_of, fit FROM fitted_models WHERE id = 1`

// readFit returns the stored fit and when it was made; ok is false when the
// book has never been scored in full.
func readFit(ctx context.Context, q querier) (f storedFit, asOf time.Time, ok bool, err error) {
	var at int64
	var text string
	err = q.QueryRowContext(ctx, fitQuery).Scan(&at, &text)
	if errors.Is(err, sql.ErrNoRows) {
		return f, asOf, false, nil
	}
	if err != nil {
		return f, asOf, false, lifecycle.Problemf(CodeReadPurchaseModels, nil, "read the purchase models: %w", describe(err))
	}
	if err := json.Unmarshal([]byte(text), &f); err != nil {
		return f, asOf, false, lifecycle.Problemf(CodeReadPurchaseModels, nil, "read the purchase models: %w", err)
	}
	return f, time.Unix(at, 0), true, nil
}

// storeFit keeps the fit made as of asOf in place of the one before. The
// same fit again is not written, so that it does not wake the book's
// watchers.
func storeFit(ctx context.Context, ex execer, f storedFit, asOf time.Time) error {
	text, err := json.Marshal(f)
	if err != nil {
		return lifecycle.Problemf(CodeStorePurchaseModels, nil, "store the purchase models: %w", err)
	}
	_, err = ex.ExecContext(ctx, `INSERT INTO fitted_models (id, as_of, fit) VALUES (1, ?, ?)
		ON CONFLICT (id) DO UPDATE SET as_of = excluded.as_of, fit = excluded.fit
		WHERE fitted_models.as_of <> excluded.as_of OR fitted_models.fit <> excluded.fit`, asOf.Unix(), string(text))
	if err != nil {
		return lifecycle.Problemf(CodeStorePurchaseModels, nil, "store the purchase models: %w", describe(err))
	}
	return nil
}
