package bot

import (
	"flag"
	"os"
	"testing"
)

// TestMain lets the end-to-end tests overlap more than the default (one per
// CPU): each spends a second waiting in discordgo's Session.Close, which
// sleeps before closing the gateway, not computing.
func TestMain(m *testing.M) {
	flag.Parse()
	explicit := false
	flag.Visit(func(f *flag.Flag) { explicit = explicit || f.Name == "test.parallel" })
	if !explicit {
		flag.Set("test.parallel", "8")
	}
	os.Exit(m.Run())
}
