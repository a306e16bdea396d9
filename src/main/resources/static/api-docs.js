// Starts Swagger UI on the API's OpenAPI document.
window.addEventListener('load', function () {
  if (window.SwaggerUIBundle) {
    window.SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true });
  }
});
