// Swagger UI for Redflag's hand-written OpenAPI document. validatorUrl null: nothing is sent to an online validator.
'use strict';
window.addEventListener('DOMContentLoaded', () => {
  window.ui = SwaggerUIBundle({
    url: '/api/openapi.yaml',
    dom_id: '#swagger-ui',
    validatorUrl: null,
    deepLinking: true,
    tryItOutEnabled: false
  });
});
