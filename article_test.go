package newsbot

import (
	"testing"
	"time"
)

func TestAsPublished(t *testing.T) {
	newYork, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip("no time zone database:", err)
	}
	instant := time.Date(2026, 12, 2, 2, 30, 0, 0, time.UTC)
	for _, tc := range []struct {
		in         time.Time
		date       string
		offset     int
		wantUTCLoc bool
	}{
		{instant.In(time.FixedZone("", -5*3600)), "1 Dec 2026", -5 * 3600, false},
		{instant.In(newYork), "1 Dec 2026", -5 * 3600, false},                   // a named zone becomes its offset
		{instant.In(time.FixedZone("", 9*3600)), "2 Dec 2026", 9 * 3600, false}, // ahead of UTC
		{instant, "2 Dec 2026", 0, true},
		{instant.In(time.FixedZone("GMT", 0)), "2 Dec 2026", 0, true}, // a zero offset is UTC
	} {
		got := AsPublished(tc.in)
		_, off := got.Zone()
		if !got.Equal(tc.in) || off != tc.offset || got.Format("2 Jan 2006") != tc.date || (got.Location() == time.UTC) != tc.wantUTCLoc {
			t.Errorf("AsPublished(%v) = %v; want the same instant dated %s at offset %d", tc.in, got, tc.date, tc.offset)
		}
	}
	if got := AsPublished(time.Time{}); !got.IsZero() {
		t.Errorf("AsPublished(zero) = %v; want zero", got)
	}
}
