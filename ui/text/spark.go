package text

import "slices"

// floorShare is how high the lowest value must lie, as a share of the
// highest, for a sparkline to run from it rather than from 0.
const floorShare = 0.25

// SparkFloor is the value a sparkline of values runs up from: 0, unless
// every value lies high above it, when a line from 0 would be a solid
// block with a ripple on top; then the lowest value, so that the shape
// shows. Whoever draws from it must say so.
func SparkFloor(values []float64) float64 {
	if len(values) == 0 {
		return 0
	}
	low, top := slices.Min(values), slices.Max(values)
	if low > 0 && low < top && low >= floorShare*top {
		return low
	}
	return 0
}
