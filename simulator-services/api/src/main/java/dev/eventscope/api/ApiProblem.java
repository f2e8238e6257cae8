package dev.eventscope.api;

/** An error the API answers as problem+json: the status, a short title, what went wrong and which field. */
final class ApiProblem extends RuntimeException {
  private final int status;
  private final String title;
  private final String field;

  ApiProblem(int status, String title, String detail, String field) {
    super(detail, null, false, false);
    this.status = status;
    this.title = title;
    this.field = field;
  }

  static ApiProblem badRequest(String detail, String field) {
    return new ApiProblem(400, "Invalid request", detail, field);
  }

  static ApiProblem notFound(String title, String detail) {
    return new ApiProblem(404, title, detail, null);
  }

  int status() {
    return status;
  }

  String title() {
    return title;
  }

  String field() {
    return field;
  }
}
