package lifecycle

import "math"

// The Wolfe conditions a step must meet (Nocedal & Wright, Numerical
// Optimization, 2nd ed., eq. 3.7): enough decrease, and a slope flattened
// enough that the BFGS update stays positive definite.
const (
	wolfeDecrease  = 1e-4
	wolfeCurvature = 0.9
	maxLineTrials  = 40
)

// linePoint is the objective and its slope along the search direction at
// one step length.
type linePoint struct {
	step, f, slope float64
}

// lineSearch finds a step length along a descent direction that meets the
// strong Wolfe conditions (Nocedal & Wright, Algorithms 3.5 and 3.6). phi
// evaluates the objective at a step; the last point it was asked for is
// always the one returned, so the caller's copy of the gradient there is
// current. A non-finite objective counts as too long a step. When no step
// meets both conditions it returns the best one that decreases the
// objective enough, and false only when there is none.
func lineSearch(phi func(step float64) linePoint, at0 linePoint, step, maxStep float64) (linePoint, bool) {
	prev := at0
	for trial := 0; trial < maxLineTrials; trial++ {
		cur := phi(step)
		if !sufficientDecrease(at0, cur) || trial > 0 && cur.f >= prev.f {
			return zoom(phi, at0, prev, cur)
		}
		if math.Abs(cur.slope) <= -wolfeCurvature*at0.slope {
			return cur, true
		}
		if cur.slope >= 0 {
			return zoom(phi, at0, cur, prev)
		}
		if step >= maxStep {
			return cur, true
		}
		prev, step = cur, math.Min(2*step, maxStep)
	}
	return prev, prev.step > 0
}

func sufficientDecrease(at0, p linePoint) bool {
	return !math.IsNaN(p.f) && p.f <= at0.f+wolfeDecrease*p.step*at0.slope
}

// zoom narrows an interval known to hold an acceptable step; lo is the end
// with the lower objective.
func zoom(phi func(float64) linePoint, at0, lo, hi linePoint) (linePoint, bool) {
	for trial := 0; trial < maxLineTrials; trial++ {
		if math.Abs(hi.step-lo.step) <= 1e-12*math.Max(1, lo.step) {
			break
		}
		cur := phi(interpolate(lo, hi))
		if !sufficientDecrease(at0, cur) || cur.f >= lo.f {
			hi = cur
			continue
		}
		if math.Abs(cur.slope) <= -wolfeCurvature*at0.slope {
			return cur, true
		}
		if cur.slope*(hi.step-lo.step) >= 0 {
			hi = lo
		}
		lo = cur
	}
	// The last point evaluated may not be lo; evaluate lo again so that the
	// caller's gradient belongs to the point returned.
	return phi(lo.step), lo.step > 0
}

// interpolate picks the minimiser of the cubic through two points with
// their slopes (Nocedal & Wright, eq. 3.59), kept well inside the interval,
// or the midpoint when the cubic is of no use.
func interpolate(lo, hi linePoint) float64 {
	mid := (lo.step + hi.step) / 2
	if math.IsInf(hi.f, 0) || math.IsNaN(hi.f) || math.IsNaN(hi.slope) {
		return mid
	}
	d1 := lo.slope + hi.slope - 3*(lo.f-hi.f)/(lo.step-hi.step)
	disc := d1*d1 - lo.slope*hi.slope
	if disc < 0 {
		return mid
	}
	d2 := math.Copysign(math.Sqrt(disc), hi.step-lo.step)
	step := hi.step - (hi.step-lo.step)*(hi.slope+d2-d1)/(hi.slope-lo.slope+2*d2)
	a, b := math.Min(lo.step, hi.step), math.Max(lo.step, hi.step)
	margin := 0.1 * (b - a)
	if math.IsNaN(step) || step < a+margin || step > b-margin {
		return mid
	}
	return step
}
