package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsbot-dev/newsbot/ingest/extract"
)

func wireBody(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "wire", name+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	return extract.Text(string(data)).Body()
}

// TestContainmentSeparatesCopiesFromReports: every copy of the wire story
// is one story with the original; reports written independently about the
// same event are not, nor are they copies of each other.
func TestContainmentSeparatesCopiesFromReports(t *testing.T) {
	original := Fingerprint(wireBody(t, "original"))
	lowestCopy := 1.0
	for _, name := range []string{"copy-identical", "copy-trimmed", "copy-new-lede", "copy-edited", "copy-local"} {
		c := Containment(original, Fingerprint(wireBody(t, name)))
		t.Logf("original ~ %s: %.2f", name, c)
		if c < SameStory {
			t.Errorf("%s: containment %.2f < %.2f; want the same story", name, c, SameStory)
		}
		if d := Containment(Fingerprint(wireBody(t, name)), original); d != c {
			t.Errorf("%s: containment is not symmetric: %.2f vs %.2f", name, c, d)
		}
		lowestCopy = min(lowestCopy, c)
	}
	highestOther := 0.0
	for _, pair := range [][2]string{{"original", "independent-1"}, {"original", "independent-2"},
		{"independent-1", "independent-2"}, {"copy-local", "independent-1"}} {
		c := Containment(Fingerprint(wireBody(t, pair[0])), Fingerprint(wireBody(t, pair[1])))
		t.Logf("%s ~ %s: %.2f", pair[0], pair[1], c)
		if c >= SameStory/2 {
			t.Errorf("%s ~ %s: containment %.2f; want well under %.2f", pair[0], pair[1], c, SameStory)
		}
		highestOther = max(highestOther, c)
	}
	t.Logf("lowest copy %.2f, highest independent %.2f, threshold %.2f", lowestCopy, highestOther, SameStory)
}

func TestFingerprintEdgeCases(t *testing.T) {
	short := Fingerprint("Too short to tell apart.")
	if c := Containment(short, short); c != 0 {
		t.Errorf("a text under %d shingles is nobody's copy: %.2f", minShingles, c)
	}
	long := Fingerprint(strings.Repeat("word ", 10) + wireBody(t, "original"))
	if c := Containment(long, long); c != 1 {
		t.Errorf("self containment = %.2f, want 1", c)
	}
	for _, bad := range [][]byte{nil, {}, {9}, append([]byte{2}, long[1:]...)} {
		if c := Containment(bad, long); c != 0 {
			t.Errorf("Containment(%v, fp) = %.2f; want 0 for an unusable fingerprint", bad, c)
		}
	}
	if Containment(Fingerprint(""), Fingerprint("")) != 0 {
		t.Errorf("empty bodies are not copies")
	}
}
