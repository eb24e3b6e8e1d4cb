//go:build !race

package data

// raceDetector tells whether the tests run with the race detector, whose
// shadow memory adds to what the process holds.
const raceDetector = false
