package dev.eventscope.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UriMaskingTest {

  @Test
  void hides_user_and_password_of_a_mongodb_uri() {
    assertThat(UriMasking.mask("mongodb://admin:s3cret@db.example:27017/eventscope?authSource=admin"))
        .isEqualTo("mongodb://***@db.example:27017/eventscope?authSource=admin");
  }

  @Test
  void hides_credentials_of_every_uri_inside_a_longer_text() {
    String text = "cannot reach mongodb+srv://ops:pa55@cluster0.example/es, nor amqp://guest:guest@127.0.0.1:5672/";

    assertThat(UriMasking.mask(text))
        .isEqualTo("cannot reach mongodb+srv://***@cluster0.example/es, nor amqp://***@127.0.0.1:5672/");
  }

  @Test
  void hides_a_password_that_itself_contains_an_at_sign() {
    assertThat(UriMasking.mask("mongodb://alice:p@ss@host1:1,host2:2/db")).isEqualTo("mongodb://***@host1:1,host2:2/db");
  }

  @Test
  void hides_credentials_inside_json() {
    assertThat(UriMasking.mask("{\"store\":\"mongodb://u:p@h/db\"}")).isEqualTo("{\"store\":\"mongodb://***@h/db\"}");
  }

  @Test
  void leaves_uris_without_credentials_and_plain_text_alone() {
    assertThat(UriMasking.mask("mongodb://127.0.0.1:27017/eventscope")).isEqualTo("mongodb://127.0.0.1:27017/eventscope");
    assertThat(UriMasking.mask("mail ops@example.com about memory")).isEqualTo("mail ops@example.com about memory");
    assertThat(UriMasking.mask(null)).isNull();
  }
}
