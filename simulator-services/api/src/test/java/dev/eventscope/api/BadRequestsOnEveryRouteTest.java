package dev.eventscope.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad input on the routes {@link BadInputTest} does not walk (queries, bus, replays, dead letters,
 * traces, paging): each is a 4xx problem+json, and the server keeps serving.
 */
class BadRequestsOnEveryRouteTest {
  static ApiFixture api;

  @BeforeAll
  static void start() {
    api = ApiFixture.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @AfterEach
  void still_serving() {
    api.assertHealthy();
    assertThat(api.get("/api/events?limit=1").status()).isEqualTo(200);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "POST | /api/queries/GetOrderSummary | {\"orderId\": | 400",
    "POST | /api/queries/GetOrderSummary | [] | 400",
    "POST | /api/queries/NoSuchQuery | {} | 404",
    "POST | /api/queries/PlaceOrder | {} | 404",
    "POST | /api/commands/GetOrderSummary | {} | 404",
    "PUT | /api/bus | {\"strategy\": | 400",
    "PUT | /api/bus | {\"strategy\":\"carrier-pigeon\"} | 400",
    "PUT | /api/bus | {\"strategy\":42} | 400",
    "PUT | /api/bus | [] | 400",
    "POST | /api/replays | {\"target\": | 400",
    "POST | /api/replays | {\"speed\":\"warp\"} | 400",
    "POST | /api/replays | {\"fromPosition\":-3} | 400",
    "POST | /api/replays | {\"fromPosition\":\"abc\"} | 400",
    "GET | /api/replays/not-a-replay | ` ` | 404",
    "POST | /api/replays/not-a-replay/pause | {} | 404",
    "POST | /api/dead-letters/not-a-uuid/retry | {} | 400",
    "POST | /api/dead-letters/00000000-0000-0000-0000-000000000000/discard | {} | 404",
    "GET | /api/traces/not-a-uuid | ` ` | 400",
    "GET | /api/events?limit=-5 | ` ` | 400",
    "GET | /api/events?limit=ten | ` ` | 400",
    "GET | /api/events?after=1e3 | ` ` | 400",
    "GET | /api/events?after=99999999999999999999999 | ` ` | 400",
  })
  void each_bad_request_is_a_4xx_problem(String method, String path, String body, int status) {
    ApiFixture.Answer answer = switch (method) {
      case "GET" -> api.get(path);
      case "PUT" -> api.put(path, body.strip());
      default -> api.post(path, body.strip());
    };
    answer.assertProblem(status);
  }

  @Test
  void a_query_with_the_wrong_content_type_is_a_415() {
    api.send(api.request("/api/queries/GetOrderSummary").header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build()).assertProblem(415);
  }
}
