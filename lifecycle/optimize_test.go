package lifecycle

import (
	"math"
	"testing"
)

// rosenbrock is the extended Rosenbrock function, a curved valley with its
// minimum 0 at (1, …, 1), the classic test of a quasi-Newton method.
func rosenbrock(x, grad []float64) float64 {
	f := 0.0
	clear(grad)
	for i := 0; i+1 < len(x); i++ {
		a, b := 1-x[i], x[i+1]-x[i]*x[i]
		f += a*a + 100*b*b
		grad[i] += -2*a - 400*x[i]*b
		grad[i+1] += 200 * b
	}
	return f
}

func TestMinimizeFindsTheMinimum(t *testing.T) {
	tests := []struct {
		name string
		f    objective
		x0   []float64
		want []float64
	}{
		{"rosenbrock in 2D", rosenbrock, []float64{-1.2, 1}, []float64{1, 1}},
		{"rosenbrock in 4D", rosenbrock, []float64{-1.2, 1, -1.2, 1}, []float64{1, 1, 1, 1}},
		{"badly scaled bowl", func(x, g []float64) float64 {
			g[0], g[1] = 2e4*(x[0]-3), 2e-2*(x[1]+2)
			return 1e4*(x[0]-3)*(x[0]-3) + 1e-2*(x[1]+2)*(x[1]+2)
		}, []float64{0, 0}, []float64{3, -2}},
		// Beyond x = 2 the function is undefined, as a likelihood is where
		// its parameters overflow; the search must step back from there.
		{"wall of infinity", func(x, g []float64) float64 {
			if x[0] > 2 {
				return math.Inf(1)
			}
			g[0] = 2 * (x[0] - 1.9)
			return (x[0] - 1.9) * (x[0] - 1.9)
		}, []float64{-3}, []float64{1.9}},
	}
	for _, tt := range tests {
		m := minimize(tt.f, tt.x0)
		if !m.converged {
			t.Errorf("%s: did not converge in %d iterations, at %v", tt.name, m.iterations, m.x)
			continue
		}
		for i := range tt.want {
			if math.Abs(m.x[i]-tt.want[i]) > 1e-5 {
				t.Errorf("%s: minimum at %v, want %v", tt.name, m.x, tt.want)
				break
			}
		}
	}
}

func TestMinimizeSaysWhenThereIsNoMinimum(t *testing.T) {
	tests := []struct {
		name string
		f    objective
	}{
		{"unbounded below", func(x, g []float64) float64 { g[0] = -1; return -x[0] }},
		{"undefined", func(x, g []float64) float64 { g[0] = math.NaN(); return math.NaN() }},
	}
	for _, tt := range tests {
		if m := minimize(tt.f, []float64{0}); m.converged {
			t.Errorf("%s: converged at %v after %d iterations", tt.name, m.x, m.iterations)
		}
	}
}

func TestBestMinimumPrefersConvergedAndLower(t *testing.T) {
	// Two valleys, the right one deeper; a start at x = 50 runs off to
	// infinity down a slope and never converges.
	f := func(x, g []float64) float64 {
		if x[0] > 10 {
			g[0] = -1
			return -x[0]
		}
		a, b := x[0]+2, x[0]-2
		g[0] = 2*a*b*b + 2*b*a*a - 0.5
		return a*a*b*b - 0.5*x[0]
	}
	m := bestMinimum(f, [][]float64{{50}, {-3}, {3}})
	if !m.converged || math.Abs(m.x[0]-2) > 0.1 {
		t.Errorf("bestMinimum = %+v, want the converged minimum near 2", m)
	}
}
