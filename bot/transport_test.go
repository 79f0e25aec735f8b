package bot

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

func TestRewriteTransportSendsDiscordRequestsToBase(t *testing.T) {
	var got []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = append(got, r.Method+" "+r.Host+" "+r.URL.RequestURI())
		io.WriteString(w, "{}")
	}))
	defer srv.Close()
	for _, tt := range []struct{ base, url, want string }{
		{srv.URL, discordgo.EndpointGateway, "GET /api/v9/gateway"},
		{srv.URL + "/", discordgo.EndpointChannelMessages("1") + "?x=y", "GET /api/v9/channels/1/messages?x=y"},
		{srv.URL + "/proxy/", discordgo.EndpointWebhookMessage("2", "tok", "@original"), "GET /proxy/api/v9/webhooks/2/tok/messages/@original"},
		{srv.URL, srv.URL + "/elsewhere", "GET /elsewhere"}, // not Discord: untouched
	} {
		base, err := apiBase(tt.base)
		if err != nil {
			t.Fatal(err)
		}
		c := &http.Client{Transport: &rewriteTransport{base: base, next: http.DefaultTransport}}
		got = nil
		req, _ := http.NewRequest("GET", tt.url, nil)
		before := req.URL.String()
		resp, err := c.Do(req)
		if err != nil {
			t.Fatalf("%s: %v", tt.url, err)
		}
		resp.Body.Close()
		host := strings.TrimPrefix(srv.URL, "http://")
		if want := strings.Replace(tt.want, " ", " "+host+" ", 1); len(got) != 1 || got[0] != want {
			t.Errorf("%s via %s reached %q; want %q", tt.url, tt.base, got, want)
		}
		if req.URL.String() != before {
			t.Errorf("the caller's request was modified: %s", req.URL)
		}
	}
	for _, bad := range []string{"discord.com", "ftp://x", "http://", "http://h?x=1", " "} {
		if _, err := apiBase(bad); err == nil {
			t.Errorf("apiBase(%q) accepted", bad)
		}
	}
}
