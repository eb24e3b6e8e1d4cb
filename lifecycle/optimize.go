package lifecycle

import "math"

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
