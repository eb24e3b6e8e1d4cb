package data

import (
	"context"
	"sync"
	"time"

	"tend/lifecycle"
)

// ForecastWeeks is the horizon of Models.ExpectedPurchases: a year.
const ForecastWeeks = 52

// Models are the purchase models of a book fitted as of a day: BG/NBD for
// how often customers buy and whether they are still buying, Gamma-Gamma
// for what a purchase is worth. Either may fail while the other is fitted;
// its error then says why in words. A fit that did not converge keeps its
// estimates beside an error that wraps lifecycle.ErrNotConverged.
type Models struct {
	AsOf         time.Time
	Customers    int // customers with a purchase on or before the day of AsOf
	Purchases    int // their purchases, refunds left out
	RepeatBuyers int // of the customers, those who bought on more than one day

	BGNBD    lifecycle.BGNBDFit
	BGNBDErr error
	// ExpectedPurchases is how many purchases the customers are expected
	// to make in the ForecastWeeks after AsOf; 0 when BGNBDErr is set.
	ExpectedPurchases float64

	GammaGamma    lifecycle.GammaGammaFit
	GammaGammaErr error
	Currency      string // of the spend the Gamma-Gamma model was fitted to
	// OtherCurrency counts the repeat buyers left out of the Gamma-Gamma
	// fit because they bought in another currency or in more than one.
	OtherCurrency int
}

// PurchaseModels fits the purchase models to the book's purchases on or
// before the calendar day of asOf, counted in asOf's time zone. It fails
// only when the purchases cannot be read; a model that cannot be fitted
// has its reason in Models.
func (b *Book) PurchaseModels(ctx context.Context, asOf time.Time) (Models, error) {
	h, err := b.readBuyerHistories(ctx, asOf)
	if err != nil {
		return Models{}, err
	}
	m := Models{AsOf: asOf, Customers: len(h.repeat), Purchases: h.purchases, RepeatBuyers: h.repeatBuyers()}
	var spend []lifecycle.SpendHistory
	m.Currency, spend, m.OtherCurrency = h.mainCurrency()
	// The two fits set fields of their own. Side by side, the smaller
	// keeps a core busy while the other's last start runs alone.
	var wg sync.WaitGroup
	wg.Go(func() { m.fitBGNBD(h.repeat) })
	m.fitGammaGamma(spend)
	wg.Wait()
	return m, nil
}
