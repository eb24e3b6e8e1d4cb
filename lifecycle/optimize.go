package lifecycle

import (
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"sync"
)

// Errors of the model fits; each is wrapped with the details.
var (
	ErrTooFewCustomers   = errors.New("too few customers to fit the model")
	ErrNoRepeatPurchases = errors.New("no customer has a repeat purchase")
	ErrNotConverged      = errors.New("the fit did not converge")
)

// MinFitCustomers is the fewest customers a model is fitted to. Below it the
// estimates say more about chance than about the customers.
const MinFitCustomers = 10

// FitReport tells how a maximum-likelihood fit went.
type FitReport struct {
	LogLikelihood float64 // at the estimates, summed over the customers
	Converged     bool    // the gradient vanished to within the tolerance
	Iterations    int     // BFGS iterations of the run that gave the estimates
	Customers     int
}

// The BFGS settings. The objectives are mean negative log-likelihoods over
// log-parameters, so one gradient tolerance suits every book size.
const (
	gradientTolerance = 1e-7
	maxIterations     = 300
	// maxLogStep bounds how far one line search may move a log-parameter,
	// so that a first step on a steep slope cannot overflow the model.
	maxLogStep = 4
)

// objective returns a function's value at x and writes its gradient to grad.
// It must not keep or share state between calls.
type objective func(x, grad []float64) float64

// minimum is where a minimisation ended.
type minimum struct {
	x          []float64
	f          float64
	iterations int
	converged  bool
}

// minimize runs BFGS from x0 (Nocedal & Wright, Algorithm 6.1) with a strong
// Wolfe line search. It converges when the largest gradient component is
// below gradientTolerance, and reports an honest false when the iterations
// run out or no step lowers the objective any more.
func minimize(f objective, x0 []float64) minimum {
	n := len(x0)
	x, g := append([]float64(nil), x0...), make([]float64, n)
	fx := f(x, g)
	h := identity(n)
	trial, gTrial, dir := make([]float64, n), make([]float64, n), make([]float64, n)
	fresh := true // h is the identity, not yet learnt from the steps
	for it := 0; it < maxIterations; it++ {
		if !finite(fx) || !finite(g...) {
			return minimum{x, fx, it, false}
		}
		if maxAbs(g) <= gradientTolerance {
			return minimum{x, fx, it, true}
		}
		mulVec(dir, h, g, -1)
		slope := dot(dir, g)
		if slope >= 0 {
			h, fresh = identity(n), true
			mulVec(dir, h, g, -1)
			slope = dot(dir, g)
		}
		phi := func(step float64) linePoint {
			for i := range trial {
				trial[i] = x[i] + step*dir[i]
			}
			ft := f(trial, gTrial)
			return linePoint{step, ft, dot(gTrial, dir)}
		}
		maxStep := maxLogStep / maxAbs(dir)
		got, ok := lineSearch(phi, linePoint{0, fx, slope}, math.Min(1, maxStep), maxStep)
		if !ok {
			if fresh {
				return minimum{x, fx, it, false}
			}
			h, fresh = identity(n), true
			continue
		}
		updateInverseHessian(h, dir, got.step, gTrial, g, fresh)
		copy(x, trial)
		copy(g, gTrial)
		fx, fresh = got.f, false
	}
	return minimum{x, fx, maxIterations, maxAbs(g) <= gradientTolerance}
}

// updateInverseHessian applies the BFGS update (Nocedal & Wright, eq. 6.17)
// for the step s = step·dir and the gradient change y = gNew − gOld. Before
// the first update the identity is scaled by yᵀs/yᵀy (eq. 6.20) so that the
// next step is of the right size. A step without positive curvature is not
// learnt from, which keeps h positive definite.
func updateInverseHessian(h, dir []float64, step float64, gNew, gOld []float64, fresh bool) {
	n := len(dir)
	s, y := make([]float64, n), make([]float64, n)
	for i := range s {
		s[i], y[i] = step*dir[i], gNew[i]-gOld[i]
	}
	ys := dot(y, s)
	if ys <= 1e-12*math.Sqrt(dot(y, y)*dot(s, s)) {
		return
	}
	if fresh {
		scale := ys / dot(y, y)
		for i := range h {
			h[i] *= scale
		}
	}
	rho := 1 / ys
	hy := make([]float64, n)
	mulVec(hy, h, y, 1)
	yhy := dot(y, hy)
	for i := range n {
		for j := range n {
			h[i*n+j] += rho * ((1+rho*yhy)*s[i]*s[j] - hy[i]*s[j] - s[i]*hy[j])
		}
	}
}

// identity returns the n×n identity matrix, stored by rows.
func identity(n int) []float64 {
	m := make([]float64, n*n)
	for i := range n {
		m[i*n+i] = 1
	}
	return m
}

// mulVec sets out = scale·m·v for a square matrix m stored by rows.
func mulVec(out, m, v []float64, scale float64) {
	n := len(v)
	for i := range n {
		out[i] = scale * dot(m[i*n:(i+1)*n], v)
	}
}

func dot(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

func maxAbs(v []float64) float64 {
	m := 0.0
	for _, x := range v {
		m = math.Max(m, math.Abs(x))
	}
	return m
}

func finite(v ...float64) bool {
	for _, x := range v {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return false
		}
	}
	return true
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
		return r, fmt.Errorf("%w after %d iterations (log-likelihood %.6g)", ErrNotConverged, m.iterations, r.LogLikelihood)
	}
	for _, name := range slices.Sorted(maps.Keys(shapes)) {
		if v := shapes[name]; v > maxShape || v < 1/maxShape {
			r.Converged = false
			return r, fmt.Errorf("%w: %s ran off to %.3g, the data fit a limit of the model better than any model", ErrNotConverged, name, v)
		}
	}
	return r, nil
}
