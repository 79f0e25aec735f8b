package bootstrap

import (
	"math"
	"slices"
	"testing"
)

func TestEachDrawsWithReplacement(t *testing.T) {
	const items, n = 5, 2000
	seen := make([]int, items)
	repeats := 0
	calls := 0
	Each(items, 0, n, 1, func(idx []int) {
		calls++
		if len(idx) != items {
			t.Fatalf("resample of %d, want %d", len(idx), items)
		}
		s := slices.Clone(idx)
		slices.Sort(s)
		if len(slices.Compact(s)) < items {
			repeats++
		}
		for _, i := range idx {
			seen[i]++
		}
	})
	if calls != n {
		t.Errorf("%d resamples, want %d", calls, n)
	}
	// Drawing 5 of 5 with replacement repeats an article unless the draw
	// is a permutation, which happens 5!/5^5 = 3.84% of the time.
	if repeats < n*90/100 || repeats == n {
		t.Errorf("%d of %d resamples repeat an article, want about 96%%", repeats, n)
	}
	for i, c := range seen {
		if c < n*80/100 || c > n*120/100 {
			t.Errorf("article %d drawn %d times in %d draws, want about %d", i, c, n*items, n)
		}
	}
}

func TestEachIsDeterministic(t *testing.T) {
	draw := func(seed uint64) [][]int {
		var out [][]int
		Each(7, 0, 20, seed, func(idx []int) { out = append(out, slices.Clone(idx)) })
		return out
	}
	a, b, c := draw(3), draw(3), draw(4)
	for i := range a {
		if !slices.Equal(a[i], b[i]) {
			t.Fatalf("resample %d differs between runs with one seed: %v, %v", i, a[i], b[i])
		}
	}
	same := true
	for i := range a {
		same = same && slices.Equal(a[i], c[i])
	}
	if same {
		t.Error("seeds 3 and 4 drew the same resamples")
	}
}

func TestEachNoItems(t *testing.T) {
	Each(0, 0, 10, 1, func([]int) { t.Fatal("called for an empty set") })
}

// coinSpread is Central of a fair coin's mean (100 draws, half of them
// heads) over 4,000 resamples of size draws each.
func coinSpread(t *testing.T, size int) Interval {
	t.Helper()
	coin := make([]float64, 100)
	for i := range 50 {
		coin[i] = 1
	}
	want := size
	if want <= 0 {
		want = len(coin)
	}
	var means []float64
	Each(len(coin), size, 4000, 1, func(idx []int) {
		if len(idx) != want {
			t.Fatalf("resample of %d, want %d", len(idx), want)
		}
		s := 0.0
		for _, i := range idx {
			s += coin[i]
		}
		means = append(means, s/float64(len(idx)))
	})
	return Central(means)
}

// TestEachOfSize: a size other than the set's draws that many, so the
// mean of a fair coin over sets of 400 spreads half as far as over 100.
func TestEachOfSize(t *testing.T) {
	small, large := coinSpread(t, 100), coinSpread(t, 400)
	ratio := (small.Hi - small.Lo) / (large.Hi - large.Lo)
	if ratio < 1.7 || ratio > 2.3 {
		t.Errorf("interval over sets of 100 %v is %.2f times as wide as over 400 %v, want about 2", small, ratio, large)
	}
}

func TestShare(t *testing.T) {
	tests := []struct {
		values  []float64
		atLeast float64
		want    float64
	}{
		{nil, 1, 0},
		{[]float64{1, 2, 3, 4}, 3, 0.5},
		{[]float64{1, 2, 3, 4}, 0, 1},
		{[]float64{1, 2, 3, 4}, 4.5, 0},
		{[]float64{70, 69.99, 70.01}, 70, 2.0 / 3},
	}
	for _, tt := range tests {
		if got := Share(tt.values, tt.atLeast); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("Share(%v, %v) = %v, want %v", tt.values, tt.atLeast, got, tt.want)
		}
	}
}

func TestCentral(t *testing.T) {
	tests := []struct {
		name   string
		values []float64
		want   Interval
	}{
		{"one value", []float64{4}, Interval{4, 4}},
		{"constant", []float64{2, 2, 2}, Interval{2, 2}},
		// 0..40: the 2.5th percentile is at rank 1, the 97.5th at rank 39.
		{"41 ranks", ranks(41), Interval{1, 39}},
		// 0..10: ranks 0.25 and 9.75, interpolated.
		{"interpolated", ranks(11), Interval{0.25, 9.75}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := slices.Clone(tt.values)
			slices.Reverse(v)
			if got := Central(v); math.Abs(got.Lo-tt.want.Lo) > 1e-12 || math.Abs(got.Hi-tt.want.Hi) > 1e-12 {
				t.Errorf("Central(%v) = %v, want %v", tt.values, got, tt.want)
			}
		})
	}
	if got := Central(nil); !math.IsNaN(got.Lo) || !math.IsNaN(got.Hi) {
		t.Errorf("Central(nil) = %v, want NaNs", got)
	}
}

// TestCentralCoversTheMean: for the mean of 100 draws of a fair coin the
// bootstrap interval is about ±2 standard errors (±0.098) around it.
func TestCentralCoversTheMean(t *testing.T) {
	got := coinSpread(t, 0)
	if got.Lo < 0.38 || got.Lo > 0.42 || got.Hi < 0.58 || got.Hi > 0.62 {
		t.Errorf("interval %v for a fair coin's mean over 100 draws, want about [0.40, 0.60]", got)
	}
}

func ranks(n int) []float64 {
	out := make([]float64, n)
	for i := range out {
		out[i] = float64(i)
	}
	return out
}
