package lifecycle

import (
	"maps"
	"math"
	"slices"
	"sync"
)

// Errors of the model fits; each is wrapped with the details.
var (
	ErrTooFewCustomers   = Problemf(CodeFitTooFew, nil, "too few customers to fit the model")
	ErrNoRepeatPurchases = Problemf(CodeFitNoRepeats, nil, "no customer has a repeat purchase")
	ErrNotConverged      = Problemf(CodeFitNotConverged, nil, "the fit did not converge")
)

// MinFitCustomers is the fewest customers a model is fitted to. Below it the
// estimates say more about chance than about the customers.
const MinFitCustomers = 10

// FitReport tells how a maximum-likelihood fit went.
type FitReport struct {
	LogLikelihood float64 // at the estimates, summed over the customers
	Converged     bool    // the gradient vanished and no shape ran off
	Iterations    int     // BFGS iterations of the run that gave the estimates
	Customers     int
}

// bestMinimum minimises from each start and keeps the lowest minimum that
// converged, or the lowest of all when none did. The starts run side by
// side, so f must be safe to call concurrently; the choice among them does
// not depend on which finishes first.
func bestMinimum(f objective, starts [][]float64) minimum {
	runs := make([]minimum, len(starts))
	var wg sync.WaitGroup
	for i, x0 := range starts {
		wg.Go(func() { runs[i] = minimize(f, x0) })
	}
	wg.Wait()
	best := runs[0]
	for _, m := range runs[1:] {
		lower := !math.IsNaN(m.f) && (math.IsNaN(best.f) || m.f < best.f)
		if m.converged && !best.converged || m.converged == best.converged && lower {
			best = m
		}
	}
	return best
}

// maxShape bounds the shape parameters of a fit. A shape beyond it, or below
// its inverse, means the likelihood kept rising toward a limit of the model,
// such as customers who never drop out or all buy at the same rate, where
// the gradient fades without a peak; such a fit is not called converged.
const maxShape = 1e4

// report turns where a minimisation of the mean negative log-likelihood
// ended into a FitReport, with ErrNotConverged when it did not converge or
// a shape ran off toward zero or infinity.
func report(m minimum, customers float64, shapes map[string]float64) (FitReport, error) {
	r := FitReport{
		LogLikelihood: -m.f * customers,
		Converged:     m.converged,
		Iterations:    m.iterations,
		Customers:     int(customers),
	}
	if !m.converged {
		return r, Problemf(CodeFitNotConverged, Values{"Iterations": m.iterations, "LogLikelihood": r.LogLikelihood},
			"%w after %d iterations (log-likelihood %.6g)", ErrNotConverged, m.iterations, r.LogLikelihood)
	}
	for _, name := range slices.Sorted(maps.Keys(shapes)) {
		if v := shapes[name]; v > maxShape || v < 1/maxShape {
			r.Converged = false
			return r, Problemf(CodeFitRunaway, Values{"Parameter": name, "Value": v},
				"%w: %s ran off to %.3g; the likelihood keeps rising toward a limit of the model instead of peaking", ErrNotConverged, name, v)
		}
	}
	return r, nil
}

// tooFew says that a fit had too few customers, of whom it had n; code
// says of what kind.
func tooFew(code string, n int, format string, args ...any) error {
	return Problemf(code, Values{"Customers": n, "Need": MinFitCustomers}, format, args...)
}
