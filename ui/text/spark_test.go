package text

import "testing"

func TestSparkFloorRunsHighValuesFromTheirLowest(t *testing.T) {
	for _, tt := range []struct {
		values []float64
		want   float64
	}{
		{nil, 0},
		{[]float64{0, 5, 10}, 0},
		{[]float64{2, 5, 10}, 0},
		{[]float64{7000, 7100, 7200}, 7000},
		{[]float64{33, 33, 33}, 0},
		{[]float64{-5, 10, 20}, 0},
	} {
		if got := SparkFloor(tt.values); got != tt.want {
			t.Errorf("SparkFloor(%v) = %v, want %v", tt.values, got, tt.want)
		}
	}
}
