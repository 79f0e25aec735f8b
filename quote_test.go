package newsbot

import "testing"

func TestQuoteNamed(t *testing.T) {
	for _, tt := range []struct {
		speaker string
		want    bool
	}{
		{"Dmitry Medvedev", true}, {"the Kremlin", true}, {"The Smith campaign", true},
		{"", false}, {"she", false}, {"He", false}, {"they", false}, {"Some", false}, {"others", false},
		{"two", false}, {"Five", false}, {"12", false}, {"1,200", false}, {"Majorities", false}, {"Most", false}, {"7-Eleven", true}, {"Twitter", true},
	} {
		if got := (Quote{Speaker: tt.speaker}).Named(); got != tt.want {
			t.Errorf("Quote{Speaker: %q}.Named() = %v, want %v", tt.speaker, got, tt.want)
		}
	}
}

// WHO is the World Health Organization, a named speaker, not "who".
func TestWHOIsNamed(t *testing.T) {
	if !(Quote{Speaker: "WHO"}).Named() || (Quote{Speaker: "who"}).Named() {
		t.Error("want WHO named and who not")
	}
}
