package newsbot

import (
	"testing"
	"time"
)

func mustZone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatalf("load %s: %v (is tzdata installed?)", name, err)
	}
	return loc
}

// TestNextDaily covers the daylight-saving changes of 2026 in Europe/Berlin
// (29 March forward at 02:00, 25 October back at 03:00) and
// America/New_York (8 March forward at 02:00, 1 November back at 02:00).
func TestNextDaily(t *testing.T) {
	utc := func(s string) time.Time {
		t.Helper()
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	tests := []struct {
		name         string
		zone         string
		after        string
		hour, minute int
		weekdays     bool
		want         string // UTC
	}{
		{"berlin winter", "Europe/Berlin", "2026-03-27T12:00:00Z", 8, 0, false, "2026-03-28T07:00:00Z"},
		{"berlin morning the clocks go forward", "Europe/Berlin", "2026-03-28T07:00:00Z", 8, 0, false, "2026-03-29T06:00:00Z"},
		{"berlin summer", "Europe/Berlin", "2026-03-29T06:00:00Z", 8, 0, false, "2026-03-30T06:00:00Z"},
		{"berlin morning the clocks go back", "Europe/Berlin", "2026-10-24T06:00:00Z", 8, 0, false, "2026-10-25T07:00:00Z"},
		{"berlin gap: 02:30 does not exist, 03:00 CEST", "Europe/Berlin", "2026-03-28T12:00:00Z", 2, 30, false, "2026-03-29T01:00:00Z"},
		{"berlin day after the gap", "Europe/Berlin", "2026-03-29T01:00:00Z", 2, 30, false, "2026-03-30T00:30:00Z"},
		{"berlin 02:30 twice: the first", "Europe/Berlin", "2026-10-24T12:00:00Z", 2, 30, false, "2026-10-25T00:30:00Z"},
		{"berlin 02:30 twice: not the second", "Europe/Berlin", "2026-10-25T00:30:00Z", 2, 30, false, "2026-10-26T01:30:00Z"},
		{"berlin between the two 02:30s", "Europe/Berlin", "2026-10-25T01:10:00Z", 2, 30, false, "2026-10-26T01:30:00Z"},
		{"new york winter", "America/New_York", "2026-03-06T20:00:00Z", 8, 0, false, "2026-03-07T13:00:00Z"},
		{"new york morning the clocks go forward", "America/New_York", "2026-03-07T13:00:00Z", 8, 0, false, "2026-03-08T12:00:00Z"},
		{"new york gap: 02:30 gives 03:00 EDT", "America/New_York", "2026-03-07T13:00:00Z", 2, 30, false, "2026-03-08T07:00:00Z"},
		{"new york gap at 02:00 itself", "America/New_York", "2026-03-07T13:00:00Z", 2, 0, false, "2026-03-08T07:00:00Z"},
		{"new york 01:30 twice: the first (EDT)", "America/New_York", "2026-10-31T12:00:00Z", 1, 30, false, "2026-11-01T05:30:00Z"},
		{"new york 01:30 twice: not the second", "America/New_York", "2026-11-01T05:30:00Z", 1, 30, false, "2026-11-02T06:30:00Z"},
		{"new york morning the clocks go back", "America/New_York", "2026-10-31T12:00:00Z", 8, 0, false, "2026-11-01T13:00:00Z"},
		{"same minute is not after", "UTC", "2026-01-05T08:00:00Z", 8, 0, false, "2026-01-06T08:00:00Z"},
		{"a second before", "UTC", "2026-01-05T07:59:59Z", 8, 0, false, "2026-01-05T08:00:00Z"},
		{"weekdays: friday to monday", "Europe/Berlin", "2026-01-09T07:00:00Z", 8, 0, true, "2026-01-12T07:00:00Z"},
		{"weekdays by the local calendar", "Pacific/Auckland", "2026-01-09T10:00:00Z", 7, 0, true, "2026-01-11T18:00:00Z"},
		{"midnight", "Asia/Kolkata", "2026-01-05T12:00:00Z", 0, 0, false, "2026-01-05T18:30:00Z"},
		{"23:59", "America/Los_Angeles", "2026-01-05T12:00:00Z", 23, 59, false, "2026-01-06T07:59:00Z"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			loc := mustZone(t, tt.zone)
			got := NextDaily(utc(tt.after), tt.hour, tt.minute, loc, tt.weekdays)
			if want := utc(tt.want); !got.Equal(want) {
				t.Errorf("NextDaily(%s, %02d:%02d %s) = %s (%s local), want %s (%s local)", tt.after, tt.hour, tt.minute, tt.zone,
					got.UTC().Format(time.RFC3339), got.In(loc).Format("Mon 2 Jan 15:04 MST"),
					want.Format(time.RFC3339), want.In(loc).Format("Mon 2 Jan 15:04 MST"))
			}
		})
	}
}

// TestNextDailyYear walks a year of daily due times in zones with odd
// rules: each local day has one instant, at the requested local time
// unless that day skipped it.
func TestNextDailyYear(t *testing.T) {
	for _, zone := range []string{"Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "America/Santiago", "Asia/Tehran", "UTC"} {
		loc := mustZone(t, zone)
		for _, hm := range [][2]int{{8, 0}, {2, 30}, {1, 30}, {0, 0}, {23, 45}} {
			at := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
			days := map[string]bool{}
			for range 366 {
				next := NextDaily(at, hm[0], hm[1], loc, false)
				if !next.After(at) {
					t.Fatalf("%s %v: NextDaily(%s) = %s, not after", zone, hm, at, next)
				}
				local := next.In(loc)
				day := local.Format("2006-01-02")
				if days[day] {
					t.Errorf("%s %02d:%02d: two instants on %s", zone, hm[0], hm[1], day)
				}
				days[day] = true
				if local.Hour() != hm[0] || local.Minute() != hm[1] {
					// Only a local time the clocks skipped may move, and
					// only to the minute they jumped to.
					_, end := next.Add(-time.Minute).ZoneBounds()
					if !end.Equal(next) {
						t.Errorf("%s %02d:%02d: due at %s local, which is neither the time nor the end of a gap", zone, hm[0], hm[1], local.Format(time.DateTime+" MST"))
					}
				}
				if gap := next.Sub(at); at.Year() == 2026 && at.Month() > 1 && gap > 26*time.Hour {
					t.Errorf("%s %02d:%02d: %s between due times from %s", zone, hm[0], hm[1], gap, at)
				}
				at = next
			}
		}
	}
}

func TestSubscriptionNext(t *testing.T) {
	s := Subscription{Hour: 8, Zone: "Europe/Berlin"}
	got, err := s.Next(time.Date(2026, 7, 1, 12, 0, 0, 0, time.UTC))
	if err != nil || !got.Equal(time.Date(2026, 7, 2, 6, 0, 0, 0, time.UTC)) {
		t.Errorf("Next = %s, %v", got, err)
	}
	for _, zone := range []string{"", "Local", "Berlin", "Mars/Olympus_Mons"} {
		s.Zone = zone
		if _, err := s.Next(time.Now()); ErrorCode(err) != EINVALID {
			t.Errorf("zone %q: err = %v; want EINVALID", zone, err)
		}
	}
}

func TestSameTopics(t *testing.T) {
	tests := []struct {
		a, b []string
		want bool
	}{
		{[]string{"syria", "ukraine"}, []string{"SYRIA", "Ukraine"}, true},
		{[]string{"syria", "ukraine"}, []string{"ukraine", "syria"}, true},
		{[]string{"syria", "ukraine"}, []string{"ukraine", " Syria", "syria"}, true},
		{[]string{"kofi  annan"}, []string{"Kofi Annan"}, true},
		{nil, []string{}, true},
		{[]string{"syria"}, []string{"syria", "ukraine"}, false},
		{[]string{"syria"}, nil, false},
	}
	for _, tt := range tests {
		if got := SameTopics(tt.a, tt.b); got != tt.want {
			t.Errorf("SameTopics(%q, %q) = %v; want %v", tt.a, tt.b, got, tt.want)
		}
	}
	if got := UniqueTopics([]string{"Syria", "ukraine", "syria", "UKRAINE "}); len(got) != 2 || got[0] != "Syria" || got[1] != "ukraine" {
		t.Errorf("UniqueTopics = %q; want [Syria ukraine]", got)
	}
}

func TestStoryWithoutSentencesIsEmpty(t *testing.T) {
	d := Digest{Stories: []Story{{Headline: "No url", Sources: []int{1}}, {Headline: "Blank", Sentences: []BriefSentence{{Text: " ", Citations: []int{2}}}}}}
	if !d.Stories[0].Empty() || !d.Stories[1].Empty() || !d.Empty() {
		t.Errorf("stories with nothing to show: Empty = %v, %v; digest %v; want true", d.Stories[0].Empty(), d.Stories[1].Empty(), d.Empty())
	}
	d.Stories = append(d.Stories, Story{Headline: "Harbour", Sentences: []BriefSentence{{Text: "The harbour reopened.", Citations: []int{3}}}})
	if d.Empty() {
		t.Error("a digest with one story to show is Empty")
	}
}
